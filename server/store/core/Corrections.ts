/**
 * Analyst corrections: merges (entity A is entity B) and renames, stored in the graph as
 * Correction nodes and applied to every later ingest so that re-ingesting does not undo them.
 */
import type { Row, StatementTx } from './StatementRunner.js';
import { str } from './rowValues.js';

export interface Corrections {
  /** The id an extracted entity id is stored under (follows chains of merges). */
  resolve(id: string): string;
  renamedTo(id: string): string | undefined;
}

export function toCorrections(rows: readonly Row[]): Corrections {
  const merges = new Map<string, string>();
  const renames = new Map<string, string>();
  for (const row of rows) {
    if (row['kind'] === 'merge') merges.set(str(row, 'entityId'), str(row, 'targetId'));
    if (row['kind'] === 'rename') renames.set(str(row, 'entityId'), str(row, 'name'));
  }
  return {
    resolve(id) {
      let current = id;
      for (let hops = 0; hops < 100 && merges.has(current); hops += 1)
        current = merges.get(current) ?? current;
      return current;
    },
    renamedTo: (id) => renames.get(id),
  };
}

export async function loadCorrections(tx: Pick<StatementTx, 'run'>): Promise<Corrections> {
  return toCorrections(await tx.run('listCorrections'));
}
