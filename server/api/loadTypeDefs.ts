import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The GraphQL contract, read from server/api/schema.graphql. */
export function loadTypeDefs(): string {
  return readFileSync(fileURLToPath(new URL('./schema.graphql', import.meta.url)), 'utf8');
}
