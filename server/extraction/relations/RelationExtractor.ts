import type { Sentence } from '../document/Sentence.js';
import type { Claim } from './Claim.js';
import type { Trigger } from './findTriggers.js';
import type { RelationContext } from './RelationContext.js';

/** One relation rule: reads a sentence and its triggers, returns the claims it finds. */
export interface RelationExtractor {
  name: string;
  extract(ctx: RelationContext, sentence: Sentence, triggers: readonly Trigger[]): Claim[];
}
