import type { ClaimStatus, RelationType } from '../../domain/kinds.js';
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';

/** One relation read off one sentence, before claims are merged into relations. */
export interface Claim {
  type: RelationType;
  source: Mention;
  target: Mention;
  sentence: Sentence;
  status: ClaimStatus;
  confidence: number;
  /** Name of the rule that found it. */
  rule: string;
  /** Speaker of the sentence, when the claim is reported speech. */
  speaker?: Mention;
}
