import type { Extraction } from '../../../server/domain/types.js';
import { extractArticle } from '../../../server/extraction/extractArticle.js';
import { isSymmetric } from '../../../server/domain/kinds.js';

/** Entities as "Kind:Name" and relations as "Source -TYPE-> Target" (names, not ids). */
export function readable(text: string): {
  entities: string[];
  relations: string[];
  extraction: Extraction;
} {
  const extraction = extractArticle(text);
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  return {
    extraction,
    entities: extraction.entities.map((e) => `${e.kind}:${e.name}`),
    relations: extraction.relations.map((r) => {
      const [a, b] = [names.get(r.source) ?? r.source, names.get(r.target) ?? r.target];
      const [x, y] = isSymmetric(r.type) && b < a ? [b, a] : [a, b];
      return `${x} -${r.type}-> ${y}`;
    }),
  };
}
