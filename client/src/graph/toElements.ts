/**
 * Subgraph (from the API) → Cytoscape element definitions. Pure: no Cytoscape instance needed.
 */
import type { ElementDefinition } from 'cytoscape';
import { RELATION_LOOKS } from './palette.js';
import { toDisplayStatus } from './toDisplayStatus.js';
import type { GraphEntity, GraphRelation, GraphSubgraph } from './types.js';

export interface NodeData {
  id: string;
  label: string;
  kind: GraphEntity['kind'];
  aliases: string[];
  affiliationId: string | null;
  affiliationName: string | null;
  degree: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: GraphRelation['type'];
  label: string;
  directed: boolean;
  claimCount: number;
  articleCount: number;
  sourceCount: number;
  sources: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  statuses: GraphRelation['statuses'];
  status: GraphRelation['statuses'][number];
}

export function toNodeElement(entity: GraphEntity): ElementDefinition {
  const data: NodeData = {
    id: entity.id,
    label: entity.name,
    kind: entity.kind,
    aliases: [...entity.aliases],
    affiliationId: entity.affiliation?.id ?? null,
    affiliationName: entity.affiliation?.name ?? null,
    degree: entity.degree ?? 0,
  };
  return { group: 'nodes', data: { ...data } };
}

export function toEdgeElement(relation: GraphRelation): ElementDefinition {
  const sources = relation.sources ?? [];
  const data: EdgeData = {
    id: relation.id,
    source: relation.source.id,
    target: relation.target.id,
    type: relation.type,
    label: RELATION_LOOKS[relation.type].label,
    directed: RELATION_LOOKS[relation.type].directed,
    claimCount: relation.claimCount,
    articleCount: relation.articleCount ?? 0,
    sourceCount: sources.length,
    sources: [...sources],
    firstSeen: relation.firstSeen ?? null,
    lastSeen: relation.lastSeen ?? null,
    statuses: [...relation.statuses],
    status: toDisplayStatus(relation.statuses),
  };
  return { group: 'edges', data: { ...data } };
}

/** Nodes first, then the edges whose two ends are among the nodes (dangling edges are dropped). */
export function toElements(subgraph: GraphSubgraph): ElementDefinition[] {
  const ids = new Set(subgraph.nodes.map((node) => node.id));
  const nodes = [...new Map(subgraph.nodes.map((node) => [node.id, node])).values()];
  const edges = subgraph.edges.filter((edge) => ids.has(edge.source.id) && ids.has(edge.target.id));
  const uniqueEdges = [...new Map(edges.map((edge) => [edge.id, edge])).values()];
  return [...nodes.map(toNodeElement), ...uniqueEdges.map(toEdgeElement)];
}
