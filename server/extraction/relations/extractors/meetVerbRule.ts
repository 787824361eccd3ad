/**
 * MEETS from verbs: "Biden is expected to meet with Xi", "Blinken met Park", "Austin is due to
 * visit South Korea", "U.S. and South Korean officials held talks", "their leaders ... when
 * they met".
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { groupClaims, pairClaims } from '../makeClaim.js';
import { directObject, groupAfterWord } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';

const WITH = new Set(['with']);
const DIRECT = new Set(['meet', 'visit', 'host']);
const NOUN_BEFORE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  "'s",
  'first',
  'upcoming',
  'recent',
  'planned',
  'two-day',
  'official',
  'state',
  'surprise',
  'later',
]);

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  if (NOUN_BEFORE.has(sentence.tokens[trigger.start - 1]?.norm ?? '')) return [];
  const end = clauseEnd(sentence, trigger.end - 1);
  const { subjects, viaPronoun } = resolveSubjects(ctx, sentence, trigger.start);
  let partners: Mention[] = groupAfterWord(sentence, trigger.end, end, WITH, 2);
  if (partners.length === 0 && DIRECT.has(trigger.lemma))
    partners = directObject(sentence, trigger.end, end);
  const base = {
    type: 'MEETS' as const,
    sentence,
    at: trigger.start,
    confidence: viaPronoun ? 0.65 : 0.8,
    rule: 'meet-verb',
  };
  if (partners.length === 0) return subjects.length >= 2 ? groupClaims(ctx, base, subjects) : [];
  return pairClaims(ctx, base, subjects, partners);
}

export const meetVerbRule: RelationExtractor = {
  name: 'meet-verb',
  extract(ctx, sentence, triggers) {
    return triggers
      .filter((t) => t.type === 'MEETS' && t.pos === 'verb')
      .flatMap((t) => extractOne(ctx, sentence, t));
  },
};
