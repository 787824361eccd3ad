/**
 * A reported accusation is a condemnation: when a speaker says that A supplies weapons
 * ("North Korea has been supplying artillery shells to Russia, U.S. and South Korean officials
 * have said"), the speaker condemns A. Speakers who are the supplier or the recipient do not.
 */
import type { Mention } from '../../document/Mention.js';
import type { Claim } from '../Claim.js';
import { dedupe } from '../clauses.js';
import { liftToState, makeClaim } from '../makeClaim.js';
import type { RelationContext } from '../RelationContext.js';
import { speakersOf } from '../RelationContext.js';
import type { DerivedRule } from '../DerivedRule.js';

function same(a: Mention, b: Mention): boolean {
  return a.kind === b.kind && a.name === b.name;
}

function speakerOf(m: Mention): Mention {
  return m.kind === 'Organization' ? liftToState(m) : m;
}

/** Research bodies report arms transfers as data ("according to SIPRI"); they accuse no one. */
const RESEARCH_HEADS = new Set(['Institute', 'Centre', 'Center']);

function isAccuser(m: Mention): boolean {
  return !(m.kind === 'Organization' && RESEARCH_HEADS.has(m.name.split(' ').pop() ?? ''));
}

export function accusationsFrom(ctx: RelationContext, supplies: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const claim of supplies) {
    if (
      claim.type !== 'SUPPLIES' ||
      claim.target.kind === 'Weapon' ||
      claim.status === 'denied' ||
      claim.status === 'planned'
    )
      continue;
    const speakers = dedupe(speakersOf(ctx, claim.sentence).filter(isAccuser).map(speakerOf));
    for (const speaker of speakers) {
      const parties = [claim.source, claim.target];
      if (parties.some((p) => same(p, speaker) || same(p, liftToState(speaker)))) continue;
      const c = makeClaim(ctx, {
        type: 'CONDEMNS',
        source: speaker,
        target: claim.source,
        sentence: claim.sentence,
        at: 0,
        confidence: 0.55,
        rule: 'accusation',
      });
      if (c) out.push(c);
    }
  }
  return out;
}

export const accusationRule: DerivedRule = {
  name: 'accusation',
  derive: accusationsFrom,
};
