/** Converts driver values to plain JSON-like values at the adapter edge (Integer to number, etc.). */
import neo4j from 'neo4j-driver';
import type { CypherNode, CypherRelationship } from '../GraphStore.js';

function toNumber(value: {
  toNumber(): number;
  inSafeRange(): boolean;
  toString(): string;
}): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function mapProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, fromNeo4jValue(value)]),
  );
}

export function fromNeo4jValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return toNumber(value);
  if (Array.isArray(value)) return value.map(fromNeo4jValue);
  if (typeof value !== 'object' || value === null) return value;
  if (neo4j.isNode(value)) {
    const node: CypherNode = {
      kind: 'node',
      id: value.elementId,
      labels: [...value.labels],
      properties: mapProperties(value.properties),
    };
    return node;
  }
  if (neo4j.isRelationship(value)) {
    const relationship: CypherRelationship = {
      kind: 'relationship',
      id: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: mapProperties(value.properties),
    };
    return relationship;
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(fromNeo4jValue),
      relationships: value.segments.map((segment) => fromNeo4jValue(segment.relationship)),
    };
  }
  if (isTemporalOrSpatial(value)) return String(value);
  return mapProperties(value as Record<string, unknown>);
}

function isTemporalOrSpatial(value: object): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  );
}

/** Whole numbers go as Cypher integers (the driver sends JS numbers as floats). */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, toNeo4jParams(item)]),
    );
  }
  return value === undefined ? null : value;
}
