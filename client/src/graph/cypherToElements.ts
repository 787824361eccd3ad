/**
 * Ad-hoc Cypher rows → graph elements, when the rows hold nodes or relationships
 * (`{kind: 'node' | 'relationship', …}` as the /api/cypher endpoint returns them, also inside
 * lists and paths). Entity nodes keep their entity id so they merge with the main view.
 */
import type { ElementDefinition } from 'cytoscape';
import { toDisplayStatus } from './toDisplayStatus.js';
import { RELATION_LOOKS } from './palette.js';
import { CLAIM_STATUSES, ENTITY_KINDS, RELATION_TYPES, isClaimless } from './types.js';
import type { ClaimStatus, RelationType } from './types.js';

interface RawNode {
  kind: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface RawRelationship {
  kind: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRawNode(value: unknown): value is RawNode {
  return isRecord(value) && value.kind === 'node' && Array.isArray(value.labels);
}

function isRawRelationship(value: unknown): value is RawRelationship {
  return isRecord(value) && value.kind === 'relationship' && typeof value.type === 'string';
}

function collect(
  value: unknown,
  nodes: Map<string, RawNode>,
  rels: Map<string, RawRelationship>,
  depth = 0,
): void {
  if (depth > 6) return;
  if (isRawNode(value)) nodes.set(String(value.id), value);
  else if (isRawRelationship(value)) rels.set(String(value.id), value);
  else if (Array.isArray(value)) value.forEach((item) => collect(item, nodes, rels, depth + 1));
  else if (isRecord(value))
    Object.values(value).forEach((item) => collect(item, nodes, rels, depth + 1));
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function toKind(labels: readonly string[]): string {
  const upper = labels.map((label) => label.toUpperCase());
  return (
    upper.find((label) => (ENTITY_KINDS as readonly string[]).includes(label)) ?? upper[0] ?? 'NODE'
  );
}

function toStatuses(value: unknown): ClaimStatus[] {
  const list = Array.isArray(value) ? value : [];
  const statuses = list.map((item) => String(item).toUpperCase());
  const known = statuses.filter((item): item is ClaimStatus =>
    (CLAIM_STATUSES as readonly string[]).includes(item),
  );
  return known.length > 0 ? known : ['ASSERTED'];
}

function nodeElement(node: RawNode, id: string): ElementDefinition {
  const props = node.properties;
  const label = text(props.name, text(props.title, id));
  const aliases = Array.isArray(props.aliases) ? props.aliases.map(String) : [];
  return {
    group: 'nodes',
    data: {
      id,
      label,
      kind: toKind(node.labels),
      aliases,
      affiliationId: null,
      affiliationName: null,
      degree: 0,
    },
  };
}

function relationshipElement(
  rel: RawRelationship,
  source: string,
  target: string,
): ElementDefinition {
  const props = rel.properties;
  const known = (RELATION_TYPES as readonly string[]).includes(rel.type);
  const type = rel.type as RelationType;
  const statuses = toStatuses(props.statuses);
  const sources = Array.isArray(props.sources) ? props.sources.map(String) : [];
  const claimless = isClaimless(rel.type);
  const claimCount = typeof props.claimCount === 'number' ? props.claimCount : claimless ? 0 : 1;
  // REPRESENTS edges store no id; the API names them REPRESENTS:<official>-><affiliation>.
  const fallbackId = claimless ? `${rel.type}:${source}->${target}` : `cypher:${rel.id}`;
  return {
    group: 'edges',
    data: {
      id: text(props.id, fallbackId),
      source,
      target,
      type: rel.type,
      label: known ? RELATION_LOOKS[type].label : rel.type.toLowerCase(),
      directed: known ? RELATION_LOOKS[type].directed : true,
      claimCount,
      articleCount: typeof props.articleCount === 'number' ? props.articleCount : 0,
      sourceCount: sources.length,
      sources,
      firstSeen: typeof props.firstSeen === 'string' ? props.firstSeen : null,
      lastSeen: typeof props.lastSeen === 'string' ? props.lastSeen : null,
      statuses,
      status: toDisplayStatus(statuses),
    },
  };
}

/** Elements found in the rows; relationships whose ends are not in the rows are left out. */
export function cypherToElements(rows: readonly Record<string, unknown>[]): ElementDefinition[] {
  const nodes = new Map<string, RawNode>();
  const rels = new Map<string, RawRelationship>();
  rows.forEach((row) => collect(row, nodes, rels));
  const idOf = new Map<string, string>();
  for (const [rawId, node] of nodes) idOf.set(rawId, text(node.properties.id, `cypher:${rawId}`));
  const elements = [...nodes].map(([rawId, node]) => nodeElement(node, idOf.get(rawId) ?? rawId));
  for (const rel of rels.values()) {
    const source = idOf.get(String(rel.start));
    const target = idOf.get(String(rel.end));
    if (source && target) elements.push(relationshipElement(rel, source, target));
  }
  return elements;
}
