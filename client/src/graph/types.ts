/**
 * The shapes the explorer reads from the GraphQL API (server/api/schema.graphql). Enum values
 * are the API's: STATE, SUPPLIES, ASSERTED, …
 */
export const ENTITY_KINDS = ['STATE', 'OFFICIAL', 'WEAPON', 'ORGANIZATION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Edge types: the four claim relations, and REPRESENTS (an official and their affiliation). */
export const RELATION_TYPES = [
  'SUPPLIES',
  'CONDEMNS',
  'MEETS',
  'ALLIES_WITH',
  'REPRESENTS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The one edge type that carries no claims: it comes from an official's affiliation. */
export const AFFILIATION_TYPE = 'REPRESENTS';

export function isClaimless(type: string): boolean {
  return type === AFFILIATION_TYPE;
}

export const CLAIM_STATUSES = ['ASSERTED', 'ALLEGED', 'DENIED', 'PLANNED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface EntityRef {
  id: string;
  name: string;
}

export interface GraphEntity extends EntityRef {
  kind: EntityKind;
  aliases: string[];
  affiliation?: EntityRef | null;
  degree?: number;
}

export interface GraphRelation {
  id: string;
  type: RelationType;
  source: { id: string };
  target: { id: string };
  symmetric?: boolean;
  claimCount: number;
  articleCount?: number;
  sources?: string[];
  firstSeen?: string | null;
  lastSeen?: string | null;
  statuses: ClaimStatus[];
  confidence?: number;
}

export interface GraphSubgraph {
  nodes: GraphEntity[];
  edges: GraphRelation[];
  truncated?: boolean;
}

export interface ArticleRef {
  id: string;
  title: string;
  date?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface GraphClaim {
  id: string;
  quote: string;
  start: number;
  end: number;
  status: ClaimStatus;
  confidence: number;
  speaker?: EntityRef | null;
  article: ArticleRef;
}

export interface GraphBloc {
  id: string;
  members: EntityRef[];
  cohesion: number;
}
