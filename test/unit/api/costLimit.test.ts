import { buildSchema, parse } from 'graphql';
import { DEFAULT_API_GUARDS } from '../../../server/api/apiGuards.js';
import { weighOperation } from '../../../server/api/costLimitPlugin.js';
import type { CostLimitOptions } from '../../../server/api/costLimitPlugin.js';
import { loadTypeDefs } from '../../../server/api/loadTypeDefs.js';
import { DEFAULT_EXPLORE_LIMITS } from '../../../server/explore/exploreLimits.js';
import * as explorerQueries from '../../../client/src/api/queries.js';

const schema = buildSchema(loadTypeDefs());
const options: CostLimitOptions = {
  maxCost: DEFAULT_API_GUARDS.maxCost,
  unsizedListSize: DEFAULT_API_GUARDS.unsizedListSize,
  maxFirst: DEFAULT_EXPLORE_LIMITS.maxPageSize,
  maxLimit: DEFAULT_EXPLORE_LIMITS.maxNeighborhoodNodes,
};
const weigh = (query: string, variables: Record<string, unknown> = {}) =>
  weighOperation(schema, parse(query), variables, undefined, options);

describe('the cost guard', () => {
  it('weighs a default page size like a written one', () => {
    const implicit = weigh('{ entities { nodes { id } } }');
    expect(implicit).toBe(weigh('{ entities(first: 50) { nodes { id } } }'));
    expect(implicit).toBeGreaterThan(weigh('{ entities(first: 5) { nodes { id } } }'));
  });

  it('weighs page sizes given in variables', () => {
    const query = 'query ($n: Int) { search(text: "a", first: $n) { id name } }';
    expect(weigh(query, { n: 100 })).toBeGreaterThan(weigh(query, { n: 10 }));
  });

  it('weighs sizes over the accepted maximum as the maximum, which the resolvers then refuse', () => {
    const query = 'query ($n: Int) { entities(first: $n) { nodes { id } } }';
    expect(weigh(query, { n: 1_000_000 })).toBe(weigh(query, { n: options.maxFirst }));
  });

  it('multiplies nested lists, so a wide nesting at default sizes is over the limit', () => {
    const bomb =
      '{ entities { nodes { relations { nodes { claims { quote article { title } } } } } } }';
    expect(weigh(bomb)).toBeGreaterThan(options.maxCost);
  });

  it.each(Object.entries(explorerQueries).filter(([, doc]) => typeof doc === 'string'))(
    "lets the explorer's %s query through at the largest sizes it asks for",
    (_name, document) => {
      const variables = {
        ...{ first: 200, limit: 200, depth: 3, maxLength: 6, text: 'korea', id: 'x' },
        ...{ from: 'x', to: 'y', articles: [{ text: 'An article.' }] },
      };
      expect(weigh(document as string, variables)).toBeLessThanOrEqual(options.maxCost);
    },
  );
});
