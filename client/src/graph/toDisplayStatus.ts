import type { ClaimStatus } from './types.js';

/** Which status an edge is drawn with when its claims disagree: the strongest one wins. */
const PRECEDENCE: readonly ClaimStatus[] = ['ASSERTED', 'ALLEGED', 'PLANNED', 'DENIED'];

export function toDisplayStatus(statuses: readonly ClaimStatus[]): ClaimStatus {
  return PRECEDENCE.find((status) => statuses.includes(status)) ?? 'ASSERTED';
}
