import { Kind, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

/**
 * True when a GraphQL request body would run a mutation, so that mutations get their own rate
 * limit. A body that does not parse is not a mutation (Apollo refuses it anyway).
 */
export function isMutationRequest(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !/mutation/i.test(query)) return false;
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(query, { maxTokens }).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return false;
  }
  const chosen =
    typeof operationName === 'string'
      ? operations.filter((operation) => operation.name?.value === operationName)
      : operations;
  return chosen.some((operation) => operation.operation === 'mutation');
}
