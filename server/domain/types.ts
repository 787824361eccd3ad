/**
 * Domain types shared by every stage. Glossary (docs/glossary.md):
 * Article — one news text; Mention — a span of an article naming an entity; Entity — a State,
 * Official, Weapon or Organization; Relation — a typed edge between two entities, rolled up from
 * its Claims; Claim — one extracted assertion with its Evidence (quote and offsets) and status;
 * Subgraph — a set of entities and the relations between them.
 */
import type { ClaimStatus, EdgeType, EntityKind, RelationType } from './kinds.js';

export interface ArticleMeta {
  title?: string | undefined;
  /** ISO date (YYYY-MM-DD) or date-time. */
  date?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
}

/** An article as read from a file or request, before extraction. */
export interface ArticleInput extends ArticleMeta {
  text: string;
  /** Where it came from, for error messages: a path, `path:line`, or `request[3]`. */
  origin?: string | undefined;
}

export interface Article {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
  text: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** For officials: the id of the State or Organization they act for. */
  affiliation: string | null;
}

/** The sentence behind a claim, with character offsets into the article text. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface Claim {
  id: string;
  relationId: string;
  type: RelationType;
  source: string;
  target: string;
  articleId: string;
  quote: string;
  start: number;
  end: number;
  status: ClaimStatus;
  confidence: number;
  speaker: string | null;
}

/**
 * A relation edge between two entities with the roll-up of its claims. A REPRESENTS edge (an
 * official and the State or Organization of their affiliation) has the same shape, no claims,
 * zero counts and no dates.
 */
export interface Relation {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  claimCount: number;
  articleCount: number;
  sources: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  statuses: ClaimStatus[];
  /** Mean claim confidence. */
  confidence: number;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relation[];
  truncated: boolean;
}

/** What the extractor draws from one article (the `extract` command prints this shape). */
export interface ExtractedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Id of the State or Organization an official acts for. */
  affiliation?: string;
}

export interface ExtractedRelation {
  source: string;
  target: string;
  type: RelationType;
  status: ClaimStatus;
  confidence: number;
  speaker?: string;
  evidence: Evidence[];
}

export interface Diagnostic {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
}
