/**
 * The roll-up of an entity from what each article called it: the analyst's name when renamed,
 * else the most used name (ties: the first in code-point order); every other name is an alias.
 * The counts of each name are kept with the entity (`nameCounts`), so a write that only adds
 * mentions of new articles starts from the stored roll-up instead of reading every mention.
 */
import type { Row } from './StatementRunner.js';
import { joinList, splitList, str, strOrNull } from './rowValues.js';

export interface EntityRollUpRow {
  id: string;
  name: string;
  aliases: string;
  affiliation: string | null;
  /** How many articles used each name: `[[name, count], …]` as JSON, names sorted. */
  nameCounts: string;
}

/** An entity's stored roll-up, the row of `storedEntities`; undefined when it has no counts. */
export function toStoredEntity(row: Row): EntityRollUpRow | undefined {
  const nameCounts = strOrNull(row, 'nameCounts');
  if (nameCounts === null) return undefined;
  const aliases = Array.isArray(row['aliases']) ? (row['aliases'] as unknown[]).map(String) : [];
  return {
    id: str(row, 'id'),
    name: str(row, 'name'),
    aliases: joinList(aliases),
    affiliation: strOrNull(row, 'affiliation'),
    nameCounts,
  };
}

/** With `base`, the mentions are added to that stored roll-up (mentions of new articles only). */
export function rollUpEntity(
  id: string,
  mentions: readonly Row[],
  renamedTo: string | undefined,
  base?: EntityRollUpRow,
): EntityRollUpRow {
  const counts = new Map<string, number>(
    base ? (JSON.parse(base.nameCounts) as [string, number][]) : [],
  );
  for (const mention of mentions) {
    const name = str(mention, 'name');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const name = renamedTo ?? mostUsed(counts);
  // Stored aliases plus the stored name are every name and alias seen so far.
  const aliasSet = new Set([
    ...(base ? [base.name, ...splitList(base.aliases)] : []),
    ...mentions.map((mention) => str(mention, 'name')),
    ...mentions.flatMap((mention) => splitList(mention['aliases'])),
  ]);
  aliasSet.delete(name);
  aliasSet.delete('');
  const affiliations = mentions
    .map((mention) => strOrNull(mention, 'affiliation'))
    .concat(base ? [base.affiliation] : [])
    .filter((value): value is string => value !== null && value !== id)
    .sort();
  return {
    id,
    name,
    aliases: joinList([...aliasSet].sort()),
    affiliation: affiliations[0] ?? null,
    nameCounts: JSON.stringify([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

function mostUsed(counts: ReadonlyMap<string, number>): string {
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0]?.[0] ?? '';
}
