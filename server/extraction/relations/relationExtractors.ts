/** The relation rules, run in this order on every sentence; then the derived rules on their claims. */
import type { DerivedRule } from './DerivedRule.js';
import { accusationRule } from './extractors/accusationRule.js';
import { allyRule } from './extractors/allyRule.js';
import { condemnNounRule } from './extractors/condemnNounRule.js';
import { condemnVerbRule } from './extractors/condemnVerbRule.js';
import { madeByRule } from './extractors/madeByRule.js';
import { meetNounRule } from './extractors/meetNounRule.js';
import { meetVerbRule } from './extractors/meetVerbRule.js';
import { supplyNounRule } from './extractors/supplyNounRule.js';
import { reportedHostilityRule } from './extractors/reportedHostilityRule.js';
import { supplyVerbRule } from './extractors/supplyVerbRule.js';
import type { RelationExtractor } from './RelationExtractor.js';

export const RELATION_EXTRACTORS: readonly RelationExtractor[] = [
  meetVerbRule,
  meetNounRule,
  supplyVerbRule,
  supplyNounRule,
  madeByRule,
  condemnVerbRule,
  condemnNounRule,
  allyRule,
  reportedHostilityRule,
];

export const DERIVED_RULES: readonly DerivedRule[] = [accusationRule];
