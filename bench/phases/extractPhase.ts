/**
 * Extraction throughput: `extractArticle` over the generated corpus on one core (one thread,
 * synchronous), in words per second. Generating the corpus is not timed.
 */
import { extractArticle } from '../../server/extraction/extractArticle.js';
import { generateCorpus } from '../corpus/generateCorpus.js';
import { countWords } from '../corpus/writeCorpus.js';
import { readRss, resetPeakRss } from '../measure/readRss.js';
import type { Phase } from './Phase.js';

const WARM_UP_ARTICLES = 50;

export const extractPhase: Phase = {
  name: 'extract',
  description: 'extraction throughput on the generated corpus, one core',
  async run(context) {
    const size = context.options.extractArticles;
    const texts = [...generateCorpus({ articles: size, seed: context.options.seed })].map(
      (article) => article.text,
    );
    const words = texts.reduce((sum, text) => sum + countWords(text), 0);
    for (const text of texts.slice(0, WARM_UP_ARTICLES)) extractArticle(text);
    resetPeakRss();
    let relations = 0;
    const started = performance.now();
    for (const text of texts) relations += extractArticle(text).relations.length;
    const seconds = (performance.now() - started) / 1000;
    context.record({
      name: 'extract.wordsPerSecond',
      value: words / seconds,
      unit: 'words/s',
      size,
    });
    context.record({
      name: 'extract.articlesPerSecond',
      value: size / seconds,
      unit: 'articles/s',
      size,
    });
    context.record({
      name: 'extract.relationsPerArticle',
      value: relations / size,
      unit: 'relations',
      size,
    });
    context.record({ name: 'server.peakRssMb.extract', value: readRss().peakMb, unit: 'MB', size });
    context.log(
      `  ${words.toLocaleString('en-US')} words in ${seconds.toFixed(1)} s, ${relations.toLocaleString('en-US')} relations`,
    );
  },
};
