/**
 * A speaker who says another actor does something hostile condemns that actor: "Peskov said
 * Kurti's government was provoking Serbs", "Makolo said Kinshasa was scapegoating Rwanda". The
 * hostile verbs are data (`reported` CONDEMNS triggers); the accused is the verb's subject.
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { dedupe } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { liftToState, pairClaims } from '../makeClaim.js';
import { groupAfterWord, leftAgent } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { speakersOf } from '../RelationContext.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';

function sameSide(a: Mention, b: Mention): boolean {
  const x = liftToState(a);
  const y = liftToState(b);
  return x.kind === y.kind && x.name === y.name;
}

/** Words that may stand between the doer and the hostile verb: "Kurti's government was \"provoking\"". */
const BY = new Set(['by']);

const BRIDGE = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'been',
  'be',
  'continues',
  'continue',
  'continued',
  'to',
  'of',
  'repeatedly',
  'deliberately',
  'summarily',
  'indiscriminately',
  'systematically',
  'soldiers',
  'troops',
  'fighters',
  'militants',
  'still',
  'openly',
  'government',
  'leadership',
  'side',
  'forces',
  'army',
  'military',
  "'s",
  '"',
  '“',
]);

/** The actor right before the hostile verb, past auxiliaries, quote marks and "'s government". */
function doerBefore(sentence: Sentence, t: number): Mention[] {
  for (let k = t - 1; k >= Math.max(0, t - 6); k -= 1) {
    const m = sentence.covered[k];
    if (m) return m.kind === 'Weapon' ? [] : [m.weak ? { ...m, weak: false } : m];
    if (!BRIDGE.has(sentence.tokens[k]?.norm ?? '')) return [];
  }
  return [];
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const speakers = dedupe(
    speakersOf(ctx, sentence).map((m) => (m.kind === 'Organization' ? liftToState(m) : m)),
  );
  if (speakers.length === 0) return [];
  const doer =
    trigger.pos === 'noun'
      ? [
          ...leftAgent(ctx, sentence, trigger.start),
          ...groupAfterWord(sentence, trigger.end, trigger.end + 3, BY, 0),
        ]
      : doerBefore(sentence, trigger.start);
  const accused = dedupe(doer.filter((m) => !speakers.some((s) => sameSide(s, m))));
  return pairClaims(
    ctx,
    { type: 'CONDEMNS', sentence, at: trigger.start, confidence: 0.55, rule: 'reported-hostility' },
    speakers,
    accused,
  );
}

export const reportedHostilityRule: RelationExtractor = triggeredRule(
  'reported-hostility',
  (t) => t.type === 'CONDEMNS' && t.roles === 'reported',
  extractOne,
);
