import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import express from 'express';
import { admitRequests } from '../../../server/http/admitRequests.js';

/** A server whose route waits until the test releases it, recording which requests ran. */
async function startBlockingServer(concurrent: number) {
  const ran: string[] = [];
  const releases: (() => void)[] = [];
  const app = express();
  app.use(admitRequests({ concurrent }));
  app.get('/:name', (request, response) => {
    ran.push(request.params.name);
    releases.push(() => response.send(request.params.name));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise((resolve) => server.close(resolve));
  return { url, ran, releases, close };
}

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('admitRequests', () => {
  it('works on at most `concurrent` requests, then the waiting ones in arrival order', async () => {
    const server = await startBlockingServer(1);
    try {
      const first = fetch(`${server.url}/a`).then((r) => r.text());
      await tick();
      const second = fetch(`${server.url}/b`).then((r) => r.text());
      await tick();
      expect(server.ran).toEqual(['a']);
      server.releases.shift()?.();
      expect(await first).toBe('a');
      await tick();
      expect(server.ran).toEqual(['a', 'b']);
      server.releases.shift()?.();
      expect(await second).toBe('b');
    } finally {
      await server.close();
    }
  });

  it('drops a waiting request whose client went away, without working on it', async () => {
    const server = await startBlockingServer(1);
    try {
      const first = fetch(`${server.url}/a`).then((r) => r.text());
      await tick();
      const abort = new AbortController();
      const gone = fetch(`${server.url}/gone`, { signal: abort.signal }).catch(() => 'aborted');
      await tick();
      abort.abort();
      expect(await gone).toBe('aborted');
      await tick();
      const third = fetch(`${server.url}/c`).then((r) => r.text());
      await tick();
      server.releases.shift()?.();
      expect(await first).toBe('a');
      await tick();
      server.releases.shift()?.();
      expect(await third).toBe('c');
      expect(server.ran).toEqual(['a', 'c']);
    } finally {
      await server.close();
    }
  });
});

/** Holds the event loop, as answering a neighbourhood from the in-memory graph does. */
function holdLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('admitRequests under load', () => {
  it('starts costly requests one per turn of the event loop, so new connections are accepted meanwhile', async () => {
    let started = 0;
    const app = express();
    app.use(admitRequests({ concurrent: 8 }));
    app.get('/work', (_request, response) => {
      started += 1;
      holdLoop(20);
      response.send('done');
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    let running = true;
    const clients = Array.from({ length: 16 }, async () => {
      while (running) await fetch(`http://127.0.0.1:${port}/work`).then((r) => r.text());
    });
    try {
      // Every client has had a request answered, so each one keeps one waiting from now on.
      while (started < 16) await tick(10);
      // Node accepts one connection per turn of the loop: ten new clients need ten turns.
      const before = started;
      let accepted = 0;
      const allAccepted = new Promise<number>((resolve) => {
        server.on('connection', () => {
          accepted += 1;
          if (accepted === 10) resolve(started - before);
        });
      });
      const sockets = Array.from({ length: 10 }, () => connect(port, '127.0.0.1'));
      const startedMeanwhile = await allAccepted;
      sockets.forEach((socket) => socket.destroy());
      // Started back to back, each turn would run every waiting request first.
      expect(startedMeanwhile).toBeLessThanOrEqual(20);
      // And the loop was busy all along: requests kept starting while the ten waited.
      expect(startedMeanwhile).toBeGreaterThan(0);
    } finally {
      running = false;
      await Promise.all(clients);
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);
});
