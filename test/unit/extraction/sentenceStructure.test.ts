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

describe('SUPPLIES with the recipient as subject', () => {
  it('"has taken delivery of X from Y"', () => {
    expect(rel('Romania has taken delivery of K9 howitzers from South Korea.')).toEqual(
      expect.arrayContaining(['South Korea -SUPPLIES-> Romania', 'South Korea -SUPPLIES-> K9']),
    );
  });

  it('"is awaiting X from Y"', () => {
    expect(rel('Romania is awaiting HIMARS rocket launchers from the United States.')).toEqual(
      expect.arrayContaining([
        'United States -SUPPLIES-> Romania',
        'United States -SUPPLIES-> HIMARS',
      ]),
    );
  });

  it('"awaiting" without materiel is no supply', () => {
    expect(rel('Romania is awaiting a decision from the United States.')).toEqual([]);
  });
});

describe('object relatives', () => {
  it('"drills that X denounced": X condemns who held the drills', () => {
    expect(
      rel('Russia and Belarus launched war games that Poland denounced as a provocation.'),
    ).toEqual(expect.arrayContaining(['Poland -CONDEMNS-> Russia', 'Poland -CONDEMNS-> Belarus']));
  });

  it('"a deal that X denounced": the critic does not condemn itself', () => {
    const found = rel('Poland signed a deal that Russia denounced.');
    expect(found).toContain('Russia -CONDEMNS-> Poland');
    expect(found).not.toContain('Russia -CONDEMNS-> Russia');
  });
});

describe('subjects of verbs joined to the main clause', () => {
  it('"In a statement, the ministers of A and B condemned ... and accused C" gives A and B', () => {
    expect(
      rel(
        'In a statement, the foreign ministers of Lithuania and Estonia condemned the drills as part of the posture of Russia and accused Minsk of lying.',
      ),
    ).toEqual(
      expect.arrayContaining(['Lithuania -CONDEMNS-> Belarus', 'Estonia -CONDEMNS-> Belarus']),
    );
  });

  it('the object of a preposition in the first verb phrase is not the joined subject', () => {
    expect(
      rel(
        'Lithuania condemned the drills as part of the posture of Russia and accused Minsk of lying.',
      ),
    ).not.toContain('Russia -CONDEMNS-> Belarus');
  });
});

describe('partners named with a possessive State and a title', () => {
  it('"met Niger\'s President X" meets the official, not the State', () => {
    const found = rel("President Assimi Goita met Niger's President Abdourahamane Tchiani.");
    expect(found).toContain('Abdourahamane Tchiani -MEETS-> Assimi Goita');
    expect(found).not.toContain('Assimi Goita -MEETS-> Niger');
  });

  it('"hosted Burkina Faso\'s Capt. X": a short title after the possessive', () => {
    const found = rel(
      "President Assimi Goita hosted Burkina Faso's Capt. Ibrahim Traore in Bamako.",
    );
    expect(found).toContain('Assimi Goita -MEETS-> Ibrahim Traore');
    expect(found).not.toContain('Assimi Goita -MEETS-> Burkina Faso');
  });
});

describe('coordination across possessive qualifiers', () => {
  it('"hosted A\'s Capt. X and B\'s Gen. Y" names both officials', () => {
    expect(
      rel(
        "President Assimi Goita hosted Burkina Faso's Capt. Ibrahim Traore and Niger's Gen. Abdourahamane Tchiani.",
      ),
    ).toEqual(
      expect.arrayContaining([
        'Assimi Goita -MEETS-> Ibrahim Traore',
        'Abdourahamane Tchiani -MEETS-> Assimi Goita',
      ]),
    );
  });

  it('the qualifying State is not a partner of its own', () => {
    expect(
      rel("President Assimi Goita met Ibrahim Traore and Niger's Gen. Abdourahamane Tchiani."),
    ).not.toContain('Assimi Goita -MEETS-> Niger');
  });
});

describe('hosted guests', () => {
  it('"X hosted A and B": the guests meet each other', () => {
    expect(
      rel(
        'President Assimi Goita hosted President Ibrahim Traore and President Abdourahamane Tchiani.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Assimi Goita -MEETS-> Ibrahim Traore',
        'Abdourahamane Tchiani -MEETS-> Ibrahim Traore',
      ]),
    );
  });

  it('"X met A and B" keeps to the subject\'s meetings', () => {
    expect(
      rel(
        'President Assimi Goita met President Ibrahim Traore and President Abdourahamane Tchiani.',
      ),
    ).not.toContain('Abdourahamane Tchiani -MEETS-> Ibrahim Traore');
  });
});
