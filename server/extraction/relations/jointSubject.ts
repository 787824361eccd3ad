/**
 * "the two leaders", "both countries", "the two sides", "the two agreed": a joint phrase stands
 * for the two actors just named — the last two distinct actors before it in the sentence, else
 * the last group of two the article named (meeting participants, coordinated subjects).
 */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import { isActor } from './clauses.js';
import { liftToState } from './makeClaim.js';
import type { RelationContext } from './RelationContext.js';

type JointKind = 'Official' | 'State' | 'any';

/** Nouns after "the two" or "both", and which actors they stand for. */
const JOINT_NOUNS: Readonly<Record<string, JointKind>> = {
  leaders: 'Official',
  ministers: 'Official',
  presidents: 'Official',
  premiers: 'Official',
  envoys: 'Official',
  diplomats: 'Official',
  men: 'Official',
  countries: 'State',
  nations: 'State',
  states: 'State',
  governments: 'State',
  neighbours: 'State',
  neighbors: 'State',
  capitals: 'State',
  juntas: 'State',
  regimes: 'State',
  sides: 'any',
  allies: 'any',
  parties: 'any',
};

/** Words that show a bare "the two" is the subject of a verb: "the two agreed", "the two have". */
const BARE_FOLLOWERS = new Set([
  'have',
  'had',
  'will',
  'would',
  'also',
  'are',
  'were',
  'later',
  'last',
  'met',
  'held',
  'spoke',
]);

/** "the two", "the three", "all three": how many actors the phrase stands for. */
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3 };

interface JointPhrase {
  end: number;
  kind: JointKind;
  count: number;
}

/** The joint phrase starting at `k`: its exclusive end, the actors it stands for and how many. */
export function jointPhraseAt(sentence: Sentence, k: number): JointPhrase | undefined {
  const tokens = sentence.tokens;
  const word = tokens[k]?.norm;
  if (word === 'both') {
    const kind = JOINT_NOUNS[tokens[k + 1]?.norm ?? ''];
    return kind ? { end: k + 2, kind, count: 2 } : undefined;
  }
  const count = COUNTS[tokens[k + 1]?.norm ?? ''];
  if ((word !== 'the' && word !== 'all') || !count || sentence.covered[k + 1]) return undefined;
  const next = tokens[k + 2]?.norm ?? '';
  const kind = JOINT_NOUNS[next];
  if (kind) return { end: k + 3, kind, count };
  // A bare number needs "the": "the two met", not "all two".
  if (word === 'the' && (BARE_FOLLOWERS.has(next) || /^\p{Ll}+ed$/u.test(next)))
    return { end: k + 2, kind: 'any', count };
  return undefined;
}

function lastN(actors: readonly Mention[], kind: JointKind, count: number): Mention[] {
  const out: Mention[] = [];
  for (let i = actors.length - 1; i >= 0 && out.length < count; i -= 1) {
    const raw = actors[i] as Mention;
    const m = kind === 'State' ? liftToState(raw) : raw;
    if (kind !== 'any' && m.kind !== kind) continue;
    if (!out.some((x) => x.name === m.name && x.kind === m.kind)) out.push(m);
  }
  return out.length === count ? out.reverse() : [];
}

/** The actors a joint phrase at `k` stands for, or none. */
export function jointActors(
  ctx: RelationContext,
  sentence: Sentence,
  k: number,
  phrase: JointPhrase,
): Mention[] {
  const { kind, count } = phrase;
  const before = sentence.mentions.filter((m) => m.tokenEnd <= k && isActor(m));
  const local = lastN(before, kind, count);
  if (local.length === count) return local;
  const group = lastN(ctx.plural, kind, count);
  if (ctx.plural.length === count || (kind === 'State' && group.length === count)) return group;
  // "All three juntas", paragraphs after the three were named together.
  for (let g = ctx.groups.length - 1; g >= 0; g -= 1) {
    const earlier = ctx.groups[g] as Mention[];
    const lifted = lastN(earlier, kind, count);
    if (earlier.length === count && lifted.length === count) return lifted;
  }
  return [];
}

/**
 * A joint phrase between `floor` and `t` with no actor after it, resolved to its two actors; none
 * when there is no such phrase.
 */
export function jointSubjectBefore(
  ctx: RelationContext,
  sentence: Sentence,
  t: number,
  floor: number,
): Mention[] {
  for (let k = t - 1; k >= Math.max(0, floor); k -= 1) {
    const covering = sentence.covered[k];
    if (covering && isActor(covering)) return [];
    const phrase = jointPhraseAt(sentence, k);
    if (phrase && phrase.end <= t) return jointActors(ctx, sentence, k, phrase);
  }
  return [];
}
