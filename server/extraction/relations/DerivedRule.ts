import type { Claim } from './Claim.js';
import type { RelationContext } from './RelationContext.js';

/** A rule that reads the claims other rules found in a sentence and adds claims of its own. */
export interface DerivedRule {
  name: string;
  derive(ctx: RelationContext, claims: readonly Claim[]): Claim[];
}
