import type { EntityKind } from '../../domain/kinds.js';

/** A span of the article that names an entity ("DPRK", "Blinken"). Token indices are per sentence. */
export interface Mention {
  kind: EntityKind;
  /** Canonical name of the entity it names. */
  name: string;
  surface: string;
  start: number;
  end: number;
  tokenStart: number;
  /** Exclusive. */
  tokenEnd: number;
  /** How it was found: 'name', 'demonym', 'capital', 'contextual', 'surname', 'title', ... */
  via: string;
  /** For officials: canonical name of the State or Organization they act for. */
  affiliation?: string;
  affiliationKind?: EntityKind;
  /** Organization type from the knowledge files. */
  orgType?: string;
  /** State a government body acts for. */
  country?: string;
  /** Qualifies a neighbouring mention ("U.S." in "U.S. Secretary of State Antony Blinken"). */
  modifier?: boolean;
  /** A demonym only stands for its State before a role noun ("South Korean officials"). */
  weak?: boolean;
}

/** The key an entity is known by within one extraction. */
export function mentionKey(m: Pick<Mention, 'kind' | 'name'>): string {
  return `${m.kind}|${m.name}`;
}
