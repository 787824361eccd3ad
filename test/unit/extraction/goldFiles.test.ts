/**
 * Extraction quality on gold files: the bars on the sample articles, a floor on the project's
 * own gold articles, and floors on the held-out articles written by others and on the second
 * development set and on the fresh set (set a little below what the extractor reaches, so that a
 * regression in generalisation fails here). The sets in test/fixtures/unseen and
 * test/fixtures/newswire are for measurement only and have no floor here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldGraph } from '../../../server/evaluation/GoldGraph.js';
import { scoreArticle } from '../../../server/evaluation/scoreArticle.js';
import type { CorpusScore } from '../../../server/evaluation/scoreCorpus.js';
import { scoreCorpus } from '../../../server/evaluation/scoreCorpus.js';
import { extractArticle } from '../../../server/extraction/extractArticle.js';

function scoreDir(goldDir: string, articleDir: string): CorpusScore {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json'));
  expect(files.length).toBeGreaterThan(0);
  return scoreCorpus(
    files.map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldGraph;
      return scoreArticle(
        gold,
        extractArticle(readFileSync(path.join(articleDir, gold.article), 'utf8')),
      );
    }),
  );
}

describe('gold files', () => {
  it('sample articles: entity F1 ≥ 0.90 and relation F1 ≥ 0.80', () => {
    const score = scoreDir('examples/gold', 'examples/articles');
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('own gold articles from other regions: entity F1 ≥ 0.90 and relation F1 ≥ 0.80', () => {
    const score = scoreDir('test/fixtures/gold', 'test/fixtures/gold');
    expect(
      readdirSync('test/fixtures/gold').filter((f) => f.endsWith('.gold.json')).length,
    ).toBeGreaterThanOrEqual(6);
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('held-out articles written by others: entity F1 ≥ 0.93 and relation F1 ≥ 0.82', () => {
    const score = scoreDir('test/fixtures/heldout', 'test/fixtures/heldout');
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.93);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('second development set: entity F1 ≥ 0.88 and relation F1 ≥ 0.76', () => {
    const score = scoreDir('test/fixtures/blind', 'test/fixtures/blind');
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.88);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.76);
  });

  it('fresh set (now a development set): entity F1 ≥ 0.92 and relation F1 ≥ 0.82', () => {
    const score = scoreDir('test/fixtures/fresh', 'test/fixtures/fresh');
    expect(score.entities.f1).toBeGreaterThanOrEqual(0.92);
    expect(score.relations.f1).toBeGreaterThanOrEqual(0.82);
  });
});
