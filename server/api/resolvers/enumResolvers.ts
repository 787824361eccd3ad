/** GraphQL enum names (STATE, ASSERTED, …) mapped to the domain's values (State, asserted, …). */
import { CLAIM_STATUSES, ENTITY_KINDS } from '../../domain/kinds.js';

const upperCased = (values: readonly string[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));

export const enumResolvers = {
  EntityKind: upperCased(ENTITY_KINDS),
  ClaimStatus: upperCased(CLAIM_STATUSES),
  IngestStatus: upperCased(['stored', 'unchanged', 'replaced', 'failed']),
};
