import type { AddressInfo } from 'node:net';
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
