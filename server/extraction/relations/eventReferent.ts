/**
 * The actor behind an event named without one: "condemned the missile transfers" after Iran's
 * supply was reported → Iran; "Caracas condemned the deployment" right after "Britain said it
 * would send a patrol vessel" → Britain. Only events an actor clearly performs count.
 */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import type { RelationContext } from './RelationContext.js';

const SUPPLY_EVENTS = new Set([
  'transfer',
  'transfers',
  'delivery',
  'deliveries',
  'shipment',
  'shipments',
  'sale',
  'sales',
  'supply',
  'supplies',
  'provision',
]);
const ACTOR_EVENTS = new Set([
  'deployment',
  'deployments',
  'visit',
  'trip',
  'move',
  'decision',
  'remarks',
  'comments',
  'announcement',
]);
const FILLERS = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'planned',
  'latest',
  'recent',
  'reported',
  'alleged',
]);

/** "the missile transfers": the latest supplier of a weapon sharing the named weapon's noun. */
function supplierOf(ctx: RelationContext, sentence: Sentence, from: number, k: number): Mention[] {
  const named = sentence.mentions.find(
    (m) => m.kind === 'Weapon' && m.tokenStart >= from && m.tokenEnd <= k,
  );
  if (!named) return [];
  const word = sentence.tokens[named.tokenEnd - 1]?.norm.replace(/s$/, '') ?? '';
  for (let i = ctx.supplies.length - 1; i >= 0; i -= 1) {
    const supply = ctx.supplies[i];
    if (supply && supply.weapons.some((w) => w.includes(word))) return [supply.supplier];
  }
  return [];
}

export function eventReferent(
  ctx: RelationContext,
  sentence: Sentence,
  from: number,
  end: number,
): Mention[] {
  for (let k = from; k < Math.min(end, from + 5); k += 1) {
    if (sentence.covered[k] && sentence.covered[k]?.kind !== 'Weapon') return [];
    const norm = sentence.tokens[k]?.norm ?? '';
    if (SUPPLY_EVENTS.has(norm)) return supplierOf(ctx, sentence, from, k);
    if (ACTOR_EVENTS.has(norm)) return ctx.previousSubject ? [ctx.previousSubject] : [];
    if (
      !sentence.covered[k] &&
      !FILLERS.has(norm) &&
      !/^\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '')
    )
      return [];
  }
  return [];
}
