import type { GraphSubgraph } from '../../../client/src/graph/types.js';

/** A tiny news graph: North Korea supplies Russia (alleged and asserted), the US condemns it. */
export function tinySubgraph(): GraphSubgraph {
  return {
    nodes: [
      {
        id: 'state:north-korea',
        name: 'North Korea',
        kind: 'STATE',
        aliases: ['DPRK', 'Pyongyang'],
      },
      { id: 'state:russia', name: 'Russia', kind: 'STATE', aliases: ['Moscow'] },
      { id: 'state:united-states', name: 'United States', kind: 'STATE', aliases: ['U.S.'] },
      {
        id: 'official:antony-blinken',
        name: 'Antony Blinken',
        kind: 'OFFICIAL',
        aliases: ['Blinken'],
        affiliation: { id: 'state:united-states', name: 'United States' },
      },
    ],
    edges: [
      {
        id: 'SUPPLIES:state:north-korea->state:russia',
        type: 'SUPPLIES',
        source: { id: 'state:north-korea' },
        target: { id: 'state:russia' },
        claimCount: 3,
        sources: ['Reuters', 'VOA'],
        firstSeen: '2023-11-08',
        lastSeen: '2023-11-09',
        statuses: ['ALLEGED', 'ASSERTED'],
      },
      {
        id: 'CONDEMNS:state:united-states->state:north-korea',
        type: 'CONDEMNS',
        source: { id: 'state:united-states' },
        target: { id: 'state:north-korea' },
        claimCount: 1,
        sources: ['Reuters'],
        firstSeen: '2023-11-08',
        lastSeen: '2023-11-08',
        statuses: ['ASSERTED'],
      },
      {
        id: 'MEETS:official:antony-blinken->state:russia',
        type: 'MEETS',
        source: { id: 'official:antony-blinken' },
        target: { id: 'state:russia' },
        claimCount: 1,
        sources: [],
        firstSeen: null,
        lastSeen: null,
        statuses: ['DENIED'],
      },
      {
        id: 'SUPPLIES:state:russia->state:missing',
        type: 'SUPPLIES',
        source: { id: 'state:russia' },
        target: { id: 'state:missing' },
        claimCount: 1,
        statuses: ['PLANNED'],
      },
    ],
    truncated: false,
  };
}
