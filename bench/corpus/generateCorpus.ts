/**
 * Generates a seeded corpus of wire-style articles, one at a time, over a cast sized for it.
 * The same seed and size give the same articles.
 */
import { createCast, toCastSize } from './createCast.js';
import { createPicker } from './createPicker.js';
import { createRandom } from './createRandom.js';
import { generateArticle } from './generateArticle.js';
import type { CastPickers, GeneratedArticle } from './generateArticle.js';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

export const CORPUS_DEFAULTS: CorpusOptions = {
  articles: 10_000, // the size the ingestion target is stated for
  seed: 7, // any fixed number; change it to draw another corpus of the same shape
};

export function* generateCorpus(options: Partial<CorpusOptions> = {}): Generator<GeneratedArticle> {
  const { articles, seed } = { ...CORPUS_DEFAULTS, ...options };
  const random = createRandom(seed);
  const cast = createCast(random, toCastSize(articles));
  const pickers: CastPickers = {
    state: createPicker(random, cast.states),
    official: createPicker(random, cast.officials),
    organization: createPicker(random, cast.organizations),
    weapon: createPicker(random, cast.weapons),
  };
  for (let index = 0; index < articles; index += 1) yield generateArticle(random, pickers, index);
}
