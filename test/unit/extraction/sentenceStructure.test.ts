import { readable } from './helpers.js';

const rel = (text: string) => readable(text).relations;

describe('adverbials between a verb and its partner', () => {
  it('MEETS: "held talks in Ankara on Tuesday with X"', () => {
    expect(
      rel(
        'Italian Defence Minister Guido Crosetto held talks in Ankara on Tuesday with Turkish Defence Minister Yasar Guler.',
      ),
    ).toContain('Guido Crosetto -MEETS-> Yasar Guler');
  });

  it('MEETS: adverbials alone do not make a partner of a later "with"', () => {
    expect(
      rel(
        'Italian Defence Minister Guido Crosetto held talks in Ankara on Tuesday about ties with Turkey.',
      ),
    ).not.toContain('Guido Crosetto -MEETS-> Turkey');
  });

  it('CONDEMNS: "a move condemned at the time by X" condemns the main subject', () => {
    const found = rel(
      'Russia moved missiles to Belarus in 2023, a move condemned at the time by NATO.',
    );
    expect(found).toContain('NATO -CONDEMNS-> Russia');
    expect(found).not.toContain('Russia -CONDEMNS-> NATO');
  });

  it('CONDEMNS: an object with its own "by" is not a reduced passive', () => {
    expect(rel('Officials in Poland condemned the strikes by Russia.')).not.toContain(
      'Russia -CONDEMNS-> Poland',
    );
  });
});

describe('appositives naming a relative', () => {
  it('"Name, the son of commander X and chief of staff of ..." is an Official', () => {
    expect(
      readable(
        'Omar Nasser, the son of army commander Ali Nasser and chief of staff of his forces, arrived on Monday.',
      ).entities,
    ).toEqual(expect.arrayContaining(['Official:Omar Nasser', 'Official:Ali Nasser']));
  });

  it('a kinship phrase without a role of its own is not enough', () => {
    expect(
      readable('Omar Nasser, the son of army commander Ali Nasser, arrived on Monday.').entities,
    ).not.toContain('Official:Omar Nasser');
  });
});
