import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { admitRequests } from '../../../server/http/admitRequests.js';

/** Counts turns of the event loop: one step per check phase, until stopped. */
function countTurns() {
  let turn = 0;
  let running = true;
  const step = () => {
    turn += 1;
    if (running) setImmediate(step);
  };
  setImmediate(step);
  return {
    now: () => turn,
    stop: () => {
      running = false;
    },
  };
}

function holdLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Sends `count` requests through the middleware at once; resolves with each one's start turn. */
async function startTurns(count: number, work: () => void, budgetMs?: number) {
  const admit = admitRequests({ concurrent: 8, turnBudgetMs: budgetMs });
  const turns = countTurns();
  const started: number[] = [];
  const responses = Array.from({ length: count }, () => new EventEmitter());
  await new Promise<void>((resolve) => {
    responses.forEach((response) => {
      admit({} as Request, response as unknown as Response, () => {
        started.push(turns.now());
        work();
        response.emit('close');
        if (started.length === count) resolve();
      });
    });
  });
  turns.stop();
  return started;
}

describe('admitRequests', () => {
  it('starts cheap requests together, in the same turn of the event loop', async () => {
    const started = await startTurns(8, () => undefined);
    expect(new Set(started).size).toBe(1);
  });

  it('starts costly requests one per turn, so the loop goes round between them', async () => {
    const started = await startTurns(4, () => holdLoop(25));
    expect(new Set(started).size).toBe(4);
  });

  it('fits as many requests in a turn as its budget allows', async () => {
    const started = await startTurns(8, () => holdLoop(10), 50);
    const perTurn = [...new Set(started)].map((turn) => started.filter((t) => t === turn).length);
    // The sixth would start 50 ms into the turn, past its budget.
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(6);
    expect(Math.max(...perTurn)).toBeGreaterThan(1);
  });
});
