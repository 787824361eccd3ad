/**
 * The common shape of a relation rule: keep the triggers it accepts, then read one claim set per
 * trigger ("met" → the meeting it reports).
 */
import type { Sentence } from '../document/Sentence.js';
import type { Claim } from './Claim.js';
import type { Trigger } from './findTriggers.js';
import type { RelationContext } from './RelationContext.js';
import type { RelationExtractor } from './RelationExtractor.js';

export type ReadTrigger = (ctx: RelationContext, sentence: Sentence, trigger: Trigger) => Claim[];

export function triggeredRule(
  name: string,
  accepts: (trigger: Trigger) => boolean,
  readTrigger: ReadTrigger,
): RelationExtractor {
  return {
    name,
    extract: (ctx, sentence, triggers) =>
      triggers.filter(accepts).flatMap((t) => readTrigger(ctx, sentence, t)),
  };
}
