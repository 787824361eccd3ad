import type { RelationType } from '../../domain/kinds.js';
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import type { Claim } from './Claim.js';
import { detectStatus, statusWeight } from './detectStatus.js';
import { isSymmetric } from '../../domain/kinds.js';
import type { RelationContext } from './RelationContext.js';
import { speakersOf } from './RelationContext.js';

export interface ClaimInput {
  type: RelationType;
  source: Mention;
  target: Mention;
  sentence: Sentence;
  /** Token index of the trigger, for status detection. */
  at: number;
  confidence: number;
  rule: string;
}

function sameEntity(a: Mention, b: Mention): boolean {
  return a.kind === b.kind && a.name === b.name;
}

/** An official or government body stands for its State where a relation is between States. */
export function liftToState(m: Mention): Mention {
  if (m.kind === 'Official' && m.affiliation && m.affiliationKind === 'State') {
    return { ...m, kind: 'State', name: m.affiliation, via: 'lifted' };
  }
  if (
    m.kind === 'Organization' &&
    m.country &&
    (m.orgType === 'governmentBody' || m.orgType === 'military')
  ) {
    return { ...m, kind: 'State', name: m.country, via: 'lifted' };
  }
  return m;
}

/**
 * Recipients of materiel: a State's armed forces receive it themselves ("to the Sudanese Armed
 * Forces") and their State with them; other bodies and officials stand for their State.
 */
export function recipientsOf(m: Mention): Mention[] {
  if (m.kind === 'Organization' && m.orgType === 'military' && m.country)
    return [m, liftToState(m)];
  return [liftToState(m)];
}

/** An official and the State or body they act for do not meet or ally with each other. */
function actsFor(official: Mention, body: Mention): boolean {
  return (
    official.kind === 'Official' &&
    official.affiliation === body.name &&
    official.affiliationKind === body.kind
  );
}

export function makeClaim(ctx: RelationContext, input: ClaimInput): Claim | undefined {
  const { type, source, target } = input;
  if (sameEntity(source, target) || source.kind === 'Weapon') return undefined;
  if (isSymmetric(type) && (actsFor(source, target) || actsFor(target, source))) return undefined;
  if (target.kind === 'Weapon' && type !== 'SUPPLIES') return undefined;
  const status = detectStatus(input.sentence, input.at, ctx.knowledge);
  const claim: Claim = {
    type,
    source,
    target,
    sentence: input.sentence,
    status,
    confidence: Math.round(Math.min(1, input.confidence * statusWeight(status)) * 100) / 100,
    rule: input.rule,
  };
  const speaker = speakersOf(ctx, input.sentence)[0];
  if (speaker) claim.speaker = speaker;
  return claim;
}

/** Claims for every source × target pair. */
export function pairClaims(
  ctx: RelationContext,
  base: Omit<ClaimInput, 'source' | 'target'>,
  sources: Mention[],
  targets: Mention[],
): Claim[] {
  const out: Claim[] = [];
  for (const source of sources) {
    for (const target of targets) {
      const claim = makeClaim(ctx, { ...base, source, target });
      if (claim) out.push(claim);
    }
  }
  return out;
}

/** Claims for every unordered pair within a group (symmetric relations). */
export function groupClaims(
  ctx: RelationContext,
  base: Omit<ClaimInput, 'source' | 'target'>,
  group: Mention[],
): Claim[] {
  const out: Claim[] = [];
  group.forEach((a, i) => {
    for (const b of group.slice(i + 1)) {
      const claim = makeClaim(ctx, { ...base, source: a, target: b });
      if (claim) out.push(claim);
    }
  });
  return out;
}
