/**
 * A short load test on loopback: 20 connections for 5 s mixing search, neighbourhood and paths
 * over the sample graph. Zero errors expected; latency percentiles are printed, not asserted
 * (speed goals live in `npm run bench`).
 */
import autocannon from 'autocannon';
import { startTestServer } from './startTestServer.js';
import type { TestServer } from './startTestServer.js';

const OPERATIONS = [
  { query: '{ search(text: "korea", first: 10) { id name kind degree } }' },
  {
    query:
      'query ($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id name kind degree } edges { id type source { id } target { id } claimCount } } }',
    variables: { id: 'state:north-korea' },
  },
  {
    query:
      'query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length nodes { id name } edges { type } } }',
    variables: { from: 'official:antony-blinken', to: 'state:russia' },
  },
].map((operation) => JSON.stringify(operation));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

it('answers 20 concurrent clients for 5 s without an error', async () => {
  let next = 0;
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: 20,
    duration: 5,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (request) => ({ ...request, body: OPERATIONS[next++ % OPERATIONS.length] }) },
    ],
  });
  console.log(
    `load: ${result.requests.total} requests, ${result.requests.average} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  expect(result.requests.total).toBeGreaterThan(100);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
}, 60_000);
