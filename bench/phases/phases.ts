/** The phases of a benchmark run, in the order they run. */
import { extractPhase } from './extractPhase.js';
import { graphqlPhase } from './graphqlPhase.js';
import { ingestPhase } from './ingestPhase.js';
import { loadPhase } from './loadPhase.js';
import type { Phase } from './Phase.js';
import { renderPhase } from './renderPhase.js';

export const PHASES: Phase[] = [extractPhase, renderPhase, ingestPhase, graphqlPhase, loadPhase];
