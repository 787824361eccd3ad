/**
 * The roll-up of an entity from what each article called it: the analyst's name when renamed,
 * else the most used name (ties: the first in code-point order); every other name is an alias.
 */
import type { Row } from './StatementRunner.js';
import { joinList, splitList, str, strOrNull } from './rowValues.js';

export interface EntityRollUpRow {
  id: string;
  name: string;
  aliases: string;
  affiliation: string | null;
}

export function rollUpEntity(
  id: string,
  mentions: readonly Row[],
  renamedTo: string | undefined,
): EntityRollUpRow {
  const names = mentions.map((mention) => str(mention, 'name'));
  const name = renamedTo ?? mostUsed(names);
  const aliasSet = new Set([
    ...names,
    ...mentions.flatMap((mention) => splitList(mention['aliases'])),
  ]);
  aliasSet.delete(name);
  aliasSet.delete('');
  const affiliations = mentions
    .map((mention) => strOrNull(mention, 'affiliation'))
    .filter((value): value is string => value !== null && value !== id)
    .sort();
  return {
    id,
    name,
    aliases: joinList([...aliasSet].sort()),
    affiliation: affiliations[0] ?? null,
  };
}

function mostUsed(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0));
  return ranked[0]?.[0] ?? '';
}
