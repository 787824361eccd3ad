/**
 * The cost guard. Every selected field costs 1; a field that returns a page costs its page size
 * (`first` or `limit`, with the schema's default when the query leaves it out) times what it
 * selects, and a list with no size argument is weighed as `unsizedListSize` items. Variables and
 * defaults are applied before weighing, so `{ entities { nodes { relations { … } } } }` weighs
 * what it would really fetch.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isListType, isObjectType } from 'graphql';
import type { DocumentNode, GraphQLField, GraphQLSchema } from 'graphql';
// The CommonJS build shares the one `graphql` instance that Apollo Server loads; the ES build
// reaches into graphql's .mjs files, a second instance that cannot read Apollo's schema.
import { getComplexity } from 'graphql-query-complexity/cjs';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity/cjs';

export interface CostLimitOptions {
  /** Largest cost of one operation. */
  maxCost: number;
  /** How many items a list without a `first` or `limit` argument is taken to hold. */
  unsizedListSize: number;
  /**
   * Largest `first` and `limit` the resolvers accept; a larger one is refused there
   * (BAD_USER_INPUT) before anything is fetched, so it weighs as the largest accepted.
   */
  maxFirst: number;
  maxLimit: number;
}

/** Types whose lists are sized by the field that returned them (a page, a subgraph, a path). */
const SIZED_BY_PARENT = /(Connection|Edge)$|^(Subgraph|Path)$/;

function clamp(size: unknown, max: number): number | undefined {
  return typeof size === 'number' ? Math.min(Math.max(size, 0), max) : undefined;
}

function pageSize(args: Record<string, unknown>, options: CostLimitOptions): number | undefined {
  return clamp(args.first, options.maxFirst) ?? clamp(args.limit, options.maxLimit);
}

function isObjectList(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  return isListType(type) && isObjectType(getNamedType(type));
}

function multiplierOf(estimate: ComplexityEstimatorArgs, options: CostLimitOptions): number {
  const size = pageSize(estimate.args, options);
  if (size !== undefined) return size;
  if (!isObjectList(estimate.field)) return 1;
  return SIZED_BY_PARENT.test(estimate.type.name) ? 1 : options.unsizedListSize;
}

/** The cost of one field, given what its selection costs. */
export function estimateFieldCost(
  estimate: ComplexityEstimatorArgs,
  options: CostLimitOptions,
): number {
  return 1 + multiplierOf(estimate, options) * estimate.childComplexity;
}

/** The cost of one operation with its variables, as the guard weighs it. */
export function weighOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  options: CostLimitOptions,
): number {
  return getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [(estimate: ComplexityEstimatorArgs) => estimateFieldCost(estimate, options)],
  });
}

export function createCostLimitPlugin<TContext extends object>(
  options: CostLimitOptions,
): ApolloServerPlugin<TContext> {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!schema) return;
          const variables = request.variables ?? {};
          let cost: number;
          try {
            cost = weighOperation(schema, document, variables, request.operationName, options);
          } catch {
            // Variables that do not fit the operation: execution reports them as BAD_USER_INPUT.
            return;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, over the cost limit of ${options.maxCost}. Ask for smaller pages (first, limit) or fewer nested lists.`,
              {
                extensions: {
                  code: 'QUERY_TOO_COMPLEX',
                  cost,
                  maxCost: options.maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
