import type { Extraction } from '../../../server/domain/types.js';
import type { GoldGraph } from '../../../server/evaluation/GoldGraph.js';
import { scoreArticle } from '../../../server/evaluation/scoreArticle.js';
import { scoreCorpus } from '../../../server/evaluation/scoreCorpus.js';
import { toScoringKey } from '../../../server/evaluation/toScoringKey.js';

const gold: GoldGraph = {
  article: 'a.txt',
  entities: [
    { name: 'North Korea', kind: 'State', aliases: ['DPRK', 'the North'] },
    { name: 'Russia', kind: 'State', aliases: [] },
    { name: 'Japan', kind: 'State', aliases: [], status: 'optional' },
    { name: 'artillery shells', kind: 'Weapon', aliases: [] },
  ],
  relations: [
    { source: 'North Korea', type: 'SUPPLIES', target: 'Russia', status: 'required' },
    { source: 'Russia', type: 'ALLIES_WITH', target: 'North Korea', status: 'required' },
    { source: 'Japan', type: 'CONDEMNS', target: 'Russia', status: 'optional' },
  ],
};

const e = (id: string, name: string, kind: 'State' | 'Weapon') => ({ id, name, kind, aliases: [] });
const r = (
  source: string,
  type: 'SUPPLIES' | 'ALLIES_WITH' | 'CONDEMNS' | 'MEETS',
  target: string,
) => ({
  source,
  target,
  type,
  status: 'asserted' as const,
  confidence: 0.8,
  evidence: [],
});

describe('scoring keys', () => {
  it('ignore case, a leading "the", punctuation and a weapon plural', () => {
    expect(toScoringKey('The North', 'State')).toBe(toScoringKey('north', 'State'));
    expect(toScoringKey('U.S.', 'State')).toBe(toScoringKey('US', 'State'));
    expect(toScoringKey('ICBMs', 'Weapon')).toBe(toScoringKey('ICBM', 'Weapon'));
    expect(toScoringKey('Koreas', 'State')).not.toBe(toScoringKey('Korea', 'State'));
  });
});

describe('scoreArticle', () => {
  it('matches names and aliases, counts an unmerged alias as a false positive, skips optional items', () => {
    const predicted: Extraction = {
      entities: [
        e('a', 'DPRK', 'State'),
        e('b', 'North Korea', 'State'),
        e('c', 'Japan', 'State'),
        e('d', 'Germany', 'State'),
      ],
      relations: [],
      diagnostics: [],
    };
    const s = scoreArticle(gold, predicted);
    expect(s.entities.get('State')).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.entities.get('Weapon')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('matches symmetric relations in either order; optional edges are neither hits nor false positives', () => {
    const predicted: Extraction = {
      entities: [
        e('nk', 'North Korea', 'State'),
        e('ru', 'Russia', 'State'),
        e('jp', 'Japan', 'State'),
      ],
      relations: [
        r('nk', 'SUPPLIES', 'ru'),
        r('nk', 'ALLIES_WITH', 'ru'),
        r('jp', 'CONDEMNS', 'ru'),
        r('ru', 'SUPPLIES', 'nk'),
      ],
      diagnostics: [],
    };
    const s = scoreArticle(gold, predicted);
    expect(s.relations.get('SUPPLIES')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.relations.get('ALLIES_WITH')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.relations.get('CONDEMNS')).toEqual({ tp: 0, fp: 0, fn: 0 });
    const corpus = scoreCorpus([s]);
    expect(corpus.relations.precision).toBeCloseTo(2 / 3);
    expect(corpus.relations.recall).toBe(1);
  });
});
