/**
 * The GraphQL contract, printed, must equal the committed copy. A change to the schema fails this
 * test until the copy is updated on purpose: UPDATE_SCHEMA_SNAPSHOT=1 npm test -- schemaSnapshot
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, printSchema } from 'graphql';
import { loadTypeDefs } from '../../../server/api/loadTypeDefs.js';

const SNAPSHOT = 'test/integration/api/schema.snapshot.graphql';

it('the printed schema matches the committed snapshot', () => {
  const printed = `${printSchema(buildSchema(loadTypeDefs()))}\n`;
  if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(SNAPSHOT, printed);
  // Both sides printed by graphql-js, so formatting (e.g. by prettier) does not matter.
  const committed = `${printSchema(buildSchema(readFileSync(SNAPSHOT, 'utf8')))}\n`;
  expect(printed).toBe(committed);
});
