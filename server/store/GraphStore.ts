/**
 * The store interface: domain types in and out, no Cypher or driver types. The embedded store
 * (Kuzu) is the default; Neo4j is the production backend. One contract suite
 * (test/contract) runs against both.
 */
import type { ClaimStatus, EdgeType, EntityKind, RelationType } from '../domain/kinds.js';
import type { Article, Claim, Entity, Extraction, Relation, Subgraph } from '../domain/types.js';

export type BackendName = 'embedded' | 'neo4j';

/** One article with what was extracted from it, ready to store. */
export interface ArticleRecord {
  article: Article;
  /**
   * Identity of the story across edits: the url when known, else title|source|date. An article
   * whose id is new but whose key matches a stored article replaces it.
   */
  key: string;
  extraction: Extraction;
}

export type IngestStatus = 'stored' | 'unchanged' | 'replaced';

export interface IngestOutcome {
  articleId: string;
  status: IngestStatus;
  /** Id of the article this one replaced, when status is `replaced`. */
  replacedId?: string;
  claims: number;
}

export interface PageRequest {
  first: number;
  /** Opaque cursor returned as `endCursor` of the previous page. */
  after?: string | undefined;
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Filters on edges. With no `types`, REPRESENTS (affiliation) edges are included; the filters on
 * claims (statuses, dates, minClaims above 0) leave them out, since they carry no claims.
 */
export interface RelationFilter {
  types?: EdgeType[] | undefined;
  statuses?: ClaimStatus[] | undefined;
  kinds?: EntityKind[] | undefined;
  /** Only relations with a claim dated on or after this ISO date. */
  from?: string | undefined;
  /** Only relations with a claim dated on or before this ISO date. */
  to?: string | undefined;
  minClaims?: number | undefined;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface NeighborhoodRequest extends RelationFilter {
  id: string;
  depth: number;
  limit: number;
  /**
   * Most edges returned: first the edge that brought each entity into the walk, then the
   * strongest others (claimCount, then id). All of them when absent.
   */
  edgeLimit?: number | undefined;
}

export interface PathRequest {
  from: string;
  to: string;
  maxLength: number;
  /** Edge types to walk; all of them, REPRESENTS included, when absent. */
  types?: EdgeType[] | undefined;
  /** At most this many shortest paths. */
  limit: number;
}

/** A path as alternating entity ids and relations, from `from` to `to`. */
export interface GraphPath {
  nodes: Entity[];
  edges: Relation[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface StoreStats {
  articles: number;
  claims: number;
  entitiesByKind: Record<EntityKind, number>;
  /** Claim relations only: REPRESENTS edges are not counted. */
  relationsByType: Record<RelationType, number>;
}

export interface CypherOptions {
  timeoutMs: number;
  rowCap: number;
}

/** Nodes and relationships in ad-hoc results are returned as plain objects. */
export interface CypherNode {
  kind: 'node';
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
export interface CypherRelationship {
  kind: 'relationship';
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when the row cap cut the result. */
  truncated: boolean;
}

export interface StoreHealth {
  ok: boolean;
  backend: BackendName;
  detail: string;
}

export interface GraphStore {
  readonly backend: BackendName;

  /** Stores each article atomically (all of its claims or none); a failure is an outcome, not a throw. */
  ingest(
    records: ArticleRecord[],
  ): Promise<(IngestOutcome | { articleId: string; error: Error })[]>;
  /** Removes an article and its claims; relations with no remaining claim go. False when absent. */
  deleteArticle(id: string): Promise<boolean>;
  getArticles(ids: string[]): Promise<Article[]>;
  listArticles(page: PageRequest): Promise<Page<ArticleSummary>>;

  getEntities(ids: string[]): Promise<Entity[]>;
  listEntities(kind: EntityKind | undefined, page: PageRequest): Promise<Page<Entity>>;
  /** Names and aliases, case- and accent-insensitive, prefix first then fuzzy. */
  search(text: string, kinds: EntityKind[] | undefined, first: number): Promise<Entity[]>;
  /** Number of distinct claim relations per entity id (REPRESENTS edges not counted). */
  degrees(ids: string[]): Promise<Map<string, number>>;

  getRelations(ids: string[]): Promise<Relation[]>;
  /** Claim relations only: REPRESENTS edges are reached through relationsOf, neighbourhoods and paths. */
  listRelations(filter: RelationFilter, page: PageRequest): Promise<Page<Relation>>;
  /** Relations touching any of these entities, grouped by entity id. */
  relationsOf(
    ids: string[],
    filter: RelationFilter,
    direction: Direction,
  ): Promise<Map<string, Relation[]>>;
  /** Claims behind each relation id, newest article first. */
  claimsOf(relationIds: string[]): Promise<Map<string, Claim[]>>;
  /** Articles mentioning each entity id. */
  articlesMentioning(entityIds: string[]): Promise<Map<string, ArticleSummary[]>>;
  /** Entities and relations drawn from each article. */
  subgraphOfArticles(articleIds: string[]): Promise<Map<string, Subgraph>>;

  neighborhood(request: NeighborhoodRequest): Promise<Subgraph>;
  /** Shortest paths; an empty list when the two are not connected. */
  paths(request: PathRequest): Promise<GraphPath[]>;
  stats(): Promise<StoreStats>;

  /** Analyst corrections, recorded so that re-ingesting does not undo them. */
  mergeEntities(keepId: string, mergeId: string): Promise<Entity>;
  renameEntity(id: string, name: string): Promise<Entity>;

  /** Ad-hoc read-only Cypher; writes are refused by the store itself (READ_ONLY_VIOLATION). */
  runReadOnly(
    query: string,
    params: Record<string, unknown>,
    options: CypherOptions,
  ): Promise<CypherResult>;

  /** Loads what the store keeps in memory for reads now, rather than at the first read needing it. */
  warmUp(): Promise<void>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
