/**
 * The GraphQL queries the benchmark measures, each with how to draw its variables from the
 * samples of the loaded graph. Their names make the measurement names:
 * `graphql.<name>.p95Ms`. Add a query here to measure it; nothing else changes.
 */
import type { Random } from '../corpus/createRandom.js';
import type { QuerySamples } from '../graph/LargeGraph.js';

export interface BenchQuery {
  name: string;
  query: string;
  variables(samples: QuerySamples, random: Random): Record<string, unknown>;
}

const SUBGRAPH =
  'nodes { id name kind } edges { id type claimCount source { id } target { id } } truncated';

// prettier-ignore
export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'search',
    query: 'query Search($text: String!) { search(text: $text, first: 10) { id name kind } }',
    variables: (samples, random) => ({ text: random.pick(samples.searchTexts) }),
  },
  {
    name: 'neighborhood1',
    query: `query Neighborhood1($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { ${SUBGRAPH} } }`,
    variables: (samples, random) => ({ id: random.pick(samples.ids) }),
  },
  {
    name: 'neighborhood2',
    query: `query Neighborhood2($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { ${SUBGRAPH} } }`,
    variables: (samples, random) => ({ id: random.pick(samples.ids) }),
  },
  {
    name: 'paths',
    query: 'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { length nodes { id name } edges { id type } } }',
    variables: (samples, random) => ({ from: random.pick(samples.ids), to: random.pick(samples.ids) }),
  },
  {
    name: 'relations',
    query: 'query Relations($types: [RelationType!], $statuses: [ClaimStatus!], $from: String, $to: String) { relations(types: $types, statuses: $statuses, from: $from, to: $to, minClaims: 2, first: 50) { totalCount nodes { id type claimCount source { id name } target { id name } } } }',
    variables: (_samples, random) => {
      const year = random.int(2015, 2024);
      return {
        types: [random.pick(['SUPPLIES', 'CONDEMNS', 'MEETS', 'ALLIES_WITH'])],
        statuses: random.chance(0.5) ? ['ASSERTED'] : ['ASSERTED', 'ALLEGED'],
        from: `${year}-01-01`,
        to: `${year + 1}-06-30`,
      };
    },
  },
];
