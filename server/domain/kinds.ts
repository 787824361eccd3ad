/**
 * The closed vocabularies of the graph. Node labels and relationship types sent to a store
 * come only from these lists, never from user strings.
 */
export const ENTITY_KINDS = ['State', 'Official', 'Weapon', 'Organization'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The four relations an analyst reads off the news. MEETS and ALLIES_WITH are symmetric. */
export const RELATION_TYPES = ['SUPPLIES', 'CONDEMNS', 'MEETS', 'ALLIES_WITH'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * Every edge type the explorer walks: the four claim relations, and REPRESENTS, which links an
 * official to the State or Organization of their affiliation. REPRESENTS carries no claims, so
 * extraction, claims, filters on claims and counts by type use RELATION_TYPES only.
 */
export const AFFILIATION_TYPE = 'REPRESENTS';
export const EDGE_TYPES = [...RELATION_TYPES, AFFILIATION_TYPE] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const SYMMETRIC_RELATION_TYPES: ReadonlySet<EdgeType> = new Set(['MEETS', 'ALLIES_WITH']);

/** How the article presents a claim. */
export const CLAIM_STATUSES = ['asserted', 'alleged', 'denied', 'planned'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isEdgeType(value: unknown): value is EdgeType {
  return typeof value === 'string' && (EDGE_TYPES as readonly string[]).includes(value);
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

export function isSymmetric(type: EdgeType): boolean {
  return SYMMETRIC_RELATION_TYPES.has(type);
}
