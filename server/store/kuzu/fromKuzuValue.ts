/** Converts Kuzu result values to plain JSON-like values at the adapter edge. */
import type { KuzuValue } from 'kuzu';
import type { CypherNode, CypherRelationship } from '../GraphStore.js';

interface InternalId {
  table: number;
  offset: number;
}

function isInternalId(value: unknown): value is InternalId {
  return typeof value === 'object' && value !== null && 'table' in value && 'offset' in value;
}

const internalId = (id: InternalId): string => `${id.table}:${id.offset}`;

function propertiesOf(value: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A label-less pattern returns every table's columns; absent ones come back null.
    if (!key.startsWith('_') && item !== null) properties[key] = fromKuzuValue(item);
  }
  return properties;
}

function toNode(value: Record<string, unknown>): CypherNode {
  return {
    kind: 'node',
    id: isInternalId(value['_id']) ? internalId(value['_id']) : '',
    labels: typeof value['_label'] === 'string' ? [value['_label']] : [],
    properties: propertiesOf(value),
  };
}

function toRelationship(value: Record<string, unknown>): CypherRelationship {
  return {
    kind: 'relationship',
    id: isInternalId(value['_id']) ? internalId(value['_id']) : '',
    type: typeof value['_label'] === 'string' ? value['_label'] : '',
    start: isInternalId(value['_src']) ? internalId(value['_src']) : '',
    end: isInternalId(value['_dst']) ? internalId(value['_dst']) : '',
    properties: propertiesOf(value),
  };
}

export function fromKuzuValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromKuzuValue);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if ('_nodes' in record && '_rels' in record) {
    return {
      nodes: fromKuzuValue(record['_nodes']),
      relationships: fromKuzuValue(record['_rels']),
    };
  }
  if ('_src' in record && '_dst' in record) return toRelationship(record);
  if ('_label' in record && '_id' in record) return toNode(record);
  return Object.fromEntries(
    Object.entries(record).map(([key, item]) => [key, fromKuzuValue(item)]),
  );
}

/** Kuzu cannot bind `undefined`; it becomes null. */
export function toKuzuParams(params: Record<string, unknown>): Record<string, KuzuValue> {
  const text = JSON.stringify(params, (_key, value: unknown) =>
    value === undefined ? null : value,
  );
  return JSON.parse(text) as Record<string, KuzuValue>;
}
