/**
 * Ad-hoc analyst queries on Neo4j, read-only by the server's own guarantee: the query's EXPLAIN
 * plan must report a read-only query type (`r`) and contain no LOAD CSV or procedure call, and it
 * then runs in a READ access-mode session with a transaction timeout and a row cap.
 */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { EntenteError } from '../../errors/EntenteError.js';
import type { CypherOptions, CypherResult } from '../GraphStore.js';
import { fromNeo4jValue, toNeo4jParams } from './fromNeo4jValue.js';
import { toNeo4jError } from './toNeo4jError.js';

/** Plan operators refused although the query type is read-only: file/URL access and procedures. */
const FORBIDDEN_OPERATORS = /^(LoadCSV|ProcedureCall|Eager?ProcedureCall)/i;

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

export interface Neo4jTarget {
  driver: Driver;
  database: string;
  uri: string;
}

export async function runNeo4jReadOnly(
  target: Neo4jTarget,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  const session = target.driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
  });
  const txConfig = { timeout: options.timeoutMs };
  try {
    const plan = await session.run(
      `EXPLAIN ${query}`,
      toNeo4jParams(params) as Record<string, unknown>,
      txConfig,
    );
    assertReadOnlyPlan(plan.summary.queryType, plan.summary.plan as PlanNode | false);
    return await session.executeRead(async (tx) => {
      const result = tx.run(query, toNeo4jParams(params) as Record<string, unknown>);
      const rows: Record<string, unknown>[] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= options.rowCap) {
          truncated = true;
          break;
        }
        rows.push(
          Object.fromEntries(
            record.keys.map((key) => [String(key), fromNeo4jValue(record.get(key))]),
          ),
        );
      }
      const keys = await result.keys();
      return { columns: keys.map(String), rows, truncated };
    }, txConfig);
  } catch (error) {
    throw toReadOnlyError(error, target.uri);
  } finally {
    await session.close();
  }
}

function assertReadOnlyPlan(queryType: string, plan: PlanNode | false): void {
  if (queryType !== 'r') {
    throw new EntenteError(
      'READ_ONLY_VIOLATION',
      'The query console only reads the graph: writes and schema changes are refused.',
    );
  }
  const forbidden = plan ? findOperator(plan) : undefined;
  if (forbidden) {
    throw new EntenteError(
      'READ_ONLY_VIOLATION',
      `The query console only reads the graph: ${forbidden} (file access or procedure call) is refused.`,
    );
  }
}

function findOperator(node: PlanNode): string | undefined {
  if (FORBIDDEN_OPERATORS.test(node.operatorType)) return node.operatorType;
  for (const child of node.children) {
    const found = findOperator(child);
    if (found) return found;
  }
  return undefined;
}

function toReadOnlyError(error: unknown, uri: string): EntenteError {
  const message = error instanceof Error ? error.message : String(error);
  if (/exactly one statement|multiple statements/i.test(message)) {
    return new EntenteError(
      'READ_ONLY_VIOLATION',
      'The query console runs one read-only statement at a time; remove the extra statements.',
      { cause: error },
    );
  }
  return toNeo4jError(error, uri, 'The query');
}
