/**
 * Patterns of news prose that the lexicons cannot list: bodies named by the shape of their names,
 * and the relation shapes around them. Each case is a short sentence written for the test.
 */
import { readable } from './helpers.js';

describe('organizations by the shape of their names', () => {
  it('ends a name in a head word of companies, watchdogs and panels', () => {
    const { entities } = readable(
      'Ministers signed a contract with Halvorsen Aviation. Border Rights Watch said the camps were full. Tarn Shipbuilding will build the ships.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Halvorsen Aviation',
        'Organization:Border Rights Watch',
        'Organization:Tarn Shipbuilding',
      ]),
    );
  });

  it('reads a head word followed by "of" as opening the whole name', () => {
    const { entities } = readable(
      'The three states formed the Alliance of Coastal Republics in May.',
    );
    expect(entities).toContain('Organization:Alliance of Coastal Republics');
  });

  it('reads a State name followed by "police" as that State\'s police', () => {
    const { extraction } = readable('Kosovo police said they had detained two suspects.');
    expect(extraction.entities.map((e) => `${e.kind}:${e.name}`)).toContain(
      'Organization:Kosovo Police',
    );
  });

  it('does not make a body of a plain capitalised phrase or a demonym and a lower-case noun', () => {
    const { entities } = readable('Russian police detained him. The Winter Games opened in May.');
    expect(entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });
});

describe('condemnation targets named by a demonym', () => {
  it('reads past "what it called" to the demonyms, both sides of a hyphen', () => {
    const { relations } = readable(
      'Syria condemned what it called "American-British aggression" in the region.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Syria -CONDEMNS-> United States',
        'Syria -CONDEMNS-> United Kingdom',
      ]),
    );
  });

  it('takes the demonym of the agent after "of" when a role noun follows it', () => {
    expect(readable('Ethiopia denounced the arrival of Egyptian troops.').relations).toContain(
      'Ethiopia -CONDEMNS-> Egypt',
    );
  });

  it('does not take the demonym of the victims of the act', () => {
    expect(readable('Jordan condemned the killing of Palestinian civilians.').relations).toEqual(
      [],
    );
    expect(readable('Chad condemned the attack on Nigerien troops.').relations).toEqual([]);
  });
});

describe('possessors before a run of titles', () => {
  it('takes the official, not the State or group that owns the titles', () => {
    const { relations } = readable(
      "Wang Yi met Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar and the Taliban's acting foreign minister, Amir Khan Muttaqi, in Beijing.",
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Ishaq Dar -MEETS-> Wang Yi', 'Amir Khan Muttaqi -MEETS-> Wang Yi']),
    );
    expect(relations.filter((r) => r.includes('Pakistan') || r.includes('Taliban'))).toEqual([]);
  });

  it('reads a State before its junta or spokesman as the subject', () => {
    expect(readable("Mali's junta condemned Algeria.").relations).toContain(
      'Mali -CONDEMNS-> Algeria',
    );
  });
});

describe('suppliers and recipients around appositives and origins', () => {
  it('takes the subject before an appositive that ends with a comma and an auxiliary', () => {
    const { relations } = readable(
      'Egypt, a close ally of Sudanese army chief Abdel Fattah al-Burhan, has supplied drones to Chad.',
    );
    expect(relations).toContain('Egypt -SUPPLIES-> Chad');
    expect(relations.filter((r) => r.startsWith('Abdel') || r.startsWith('Sudan'))).toEqual([]);
  });

  it('does not read the origin of a weapon ("Turkish-made") as its recipient', () => {
    const { relations } = readable('Egypt supplied Turkish-made drones to Chad.');
    expect(relations).toContain('Egypt -SUPPLIES-> Chad');
    expect(relations).not.toContain('Egypt -SUPPLIES-> Turkey');
    expect(relations).toContain('Turkey -SUPPLIES-> drones');
  });

  it("gives materiel to a State's named armed forces and to the State", () => {
    const { relations } = readable(
      'Brazil delivered armoured vehicles to the Guyana Defence Force.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Brazil -SUPPLIES-> Guyana Defence Force',
        'Brazil -SUPPLIES-> Guyana',
      ]),
    );
  });
});

describe('meetings in further shapes', () => {
  it('reads "received" as a meeting only between officials', () => {
    const text =
      'Chadian President Mahamat Deby flew to Cairo. Egyptian President Abdel Fattah al-Sisi received Mahamat Deby at the palace.';
    expect(readable(text).relations).toContain('Abdel Fattah al-Sisi -MEETS-> Mahamat Deby');
    expect(readable('Chad received armoured vehicles from Egypt.').relations).not.toContain(
      'Chad -MEETS-> Egypt',
    );
  });

  it('takes the leader of a delegation as the partner', () => {
    expect(
      readable(
        'President Lai met a delegation of U.S. lawmakers led by Representative Michael McCaul in Taipei.',
      ).relations,
    ).toEqual(['Lai -MEETS-> Michael McCaul']);
  });

  it('adds a partner named later with "and with"', () => {
    const { relations } = readable(
      'Envoy Amos Hochstein met Lebanese leaders in Beirut on Tuesday, and with caretaker Prime Minister Najib Mikati.',
    );
    expect(relations).toContain('Amos Hochstein -MEETS-> Najib Mikati');
  });

  it('gives talks in an "after" clause to the main subject', () => {
    const { relations } = readable(
      'Ukrainian President Volodymyr Zelenskyy said, speaking in Berlin after talks with German Chancellor Olaf Scholz, that more help was needed.',
    );
    expect(relations).toContain('Olaf Scholz -MEETS-> Volodymyr Zelenskyy');
  });
});

describe('officials named again', () => {
  it('recognises a full name written again without a title', () => {
    const { relations } = readable(
      'Libyan commander Khalifa Haftar arrived in Egypt. Egyptian President Abdel Fattah al-Sisi received Khalifa Haftar at the palace.',
    );
    expect(relations).toContain('Abdel Fattah al-Sisi -MEETS-> Khalifa Haftar');
  });

  it('resolves a shared surname to the relative whose full name was written last', () => {
    const { extraction } = readable(
      'Army chief Khalifa Haftar stayed in Benghazi. His son, chief of staff Saddam Haftar, flew to Ankara. Haftar met Turkish Defence Minister Yasar Guler there.',
    );
    const saddam = extraction.entities.find((e) => e.name === 'Saddam Haftar');
    expect(saddam?.aliases).toContain('Haftar');
    const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
    const meets = extraction.relations
      .filter((r) => r.type === 'MEETS')
      .map((r) => [names.get(r.source), names.get(r.target)].sort().join(' + '));
    expect(meets).toEqual(['Saddam Haftar + Yasar Guler']);
  });
});

describe('allies named in apposition to a possessive', () => {
  it('reads "from China, its main ally" as an alliance with the clause subject', () => {
    expect(
      readable("Pakistan's air force flew fighter jets bought from China, its main ally.")
        .relations,
    ).toContain('China -ALLIES_WITH-> Pakistan');
  });

  it('reads "to its closest ally, Belarus" with the ally named after the comma', () => {
    expect(
      readable('Russia moved tactical nuclear weapons to its closest ally, Belarus, last year.')
        .relations,
    ).toContain('Belarus -ALLIES_WITH-> Russia');
  });
});

describe('governments named by their form', () => {
  it('resolves "the junta" and "the military government" to the State tied to them', () => {
    const { relations } = readable(
      "Mali's junta leader Assimi Goita hosted a Russian delegation. France condemned the junta's partnership with Wagner and the military government's alliance with Moscow.",
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'France -CONDEMNS-> Mali',
        'Mali -ALLIES_WITH-> Wagner',
        'Mali -ALLIES_WITH-> Russia',
      ]),
    );
  });

  it('leaves "the junta" unnamed when no State is tied to it', () => {
    expect(readable('Chad met Niger. The junta condemned France.').relations).toEqual([
      'Chad -MEETS-> Niger',
    ]);
  });
});

describe('condemnations in a reduced relative', () => {
  it('reads "a move X condemned" as X condemning the subject of the main clause', () => {
    expect(
      readable('Russia held drills near the border, a move Poland condemned.').relations,
    ).toEqual(['Poland -CONDEMNS-> Russia']);
  });

  it('needs an event noun before the critic', () => {
    expect(readable('Russia held drills near the border, Poland condemned.').relations).toEqual([]);
  });
});

describe('subjects around relative clauses', () => {
  it('takes the actors right before ", which" as its subject, even after a preposition', () => {
    const { relations } = readable(
      'The launcher stayed despite protests from China and Russia, which accuse Washington of fuelling an arms race.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'China -CONDEMNS-> United States',
        'Russia -CONDEMNS-> United States',
      ]),
    );
  });

  it('keeps the head noun\'s owner for "a close ally of X that"', () => {
    const { relations } = readable(
      'Russia, a close ally of Caracas that has supplied Venezuela with fighter jets, sent two bombers.',
    );
    expect(relations).toContain('Russia -SUPPLIES-> Venezuela');
    expect(relations.filter((r) => r.startsWith('Venezuela -SUPPLIES'))).toEqual([]);
  });

  it('coordinates an actor with the group after its relative clause', () => {
    const { relations } = readable(
      'France, which withdrew its troops in 2022, and the United States have condemned Mali.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['France -CONDEMNS-> Mali', 'United States -CONDEMNS-> Mali']),
    );
  });
});

describe('supplies to a pronoun and by further verbs', () => {
  it('resolves "supplying it with" to the body named before in the sentence', () => {
    const { relations } = readable(
      'Turkey backs the Government of National Unity (GNU), supplying it with armed drones.',
    );
    expect(relations).toContain('Turkey -SUPPLIES-> Government of National Unity');
  });

  it('resolves "his forces" to the official\'s State', () => {
    const { relations } = readable(
      'Syrian President Bashar al-Assad relied on Russia, which supplied his forces with warplanes.',
    );
    expect(relations).toContain('Russia -SUPPLIES-> Syria');
  });

  it('names no recipient for "them" without an antecedent in the sentence', () => {
    const { relations } = readable(
      'Canada and Bahrain backed the strikes. "The Houthis, and those who arm them, bear full responsibility," he said.',
    );
    expect(relations.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
  });

  it('reads "handed over" and "passed to" with materiel', () => {
    expect(readable('Japan handed over patrol boats to the Philippines.').relations).toContain(
      'Japan -SUPPLIES-> Philippines',
    );
    expect(readable('Parliament passed a budget for Chad.').relations).toEqual([]);
  });
});

describe('names of weapon kinds', () => {
  it("keeps the article's qualified form when it is the only one used", () => {
    const { entities } = readable(
      'Turkey supplied armed drones to Libya. The armed drones arrived.',
    );
    expect(entities).toContain('Weapon:armed drones');
  });

  it('keeps the plain kind when the article also uses it', () => {
    const { entities } = readable('Turkey supplied armed drones to Libya. The drones arrived.');
    expect(entities).toContain('Weapon:drones');
    expect(entities).not.toContain('Weapon:armed drones');
  });
});

describe('officials after a plural title', () => {
  it('recognises both names after "envoys" and lets them meet', () => {
    const { relations } = readable(
      'Special envoys Serdar Kilic and Ruben Rubinyan met at the border crossing in March.',
    );
    expect(relations).toEqual(['Ruben Rubinyan -MEETS-> Serdar Kilic']);
  });
});

describe("condemnation of acts named as part of an actor's conduct", () => {
  it('targets the possessor after "as part of"', () => {
    expect(
      readable('Estonia condemned the drills as part of Russia\'s "aggressive posture".').relations,
    ).toEqual(['Estonia -CONDEMNS-> Russia']);
  });
});

describe('meetings named as the setting of a clause', () => {
  it('lets coordinated subjects acting "at a summit" meet each other', () => {
    const { relations } = readable(
      'Japan, the Philippines and the United States launched a framework at a summit in Washington.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Japan -MEETS-> Philippines',
        'Japan -MEETS-> United States',
        'Philippines -MEETS-> United States',
      ]),
    );
  });

  it('needs two or more subjects', () => {
    expect(readable('Biden said at a news conference that China was a threat.').relations).toEqual(
      [],
    );
  });
});

describe('precision guards', () => {
  it('does not read a possessive inside a prepositional phrase as the subject', () => {
    const { relations } = readable(
      'Saddam Haftar, the son of eastern Libyan commander Khalifa Haftar and chief of staff of his ground forces, held talks in Ankara with Turkish Defence Minister Yasar Guler.',
    );
    expect(relations).toEqual(['Saddam Haftar -MEETS-> Yasar Guler']);
  });

  it('never lets an official meet or ally with the State they act for', () => {
    const { relations } = readable(
      'Chinese President Xi Jinping is due to visit Russia next month for talks with Russian President Vladimir Putin.',
    );
    expect(relations).not.toContain('Russia -MEETS-> Vladimir Putin');
    expect(relations).not.toContain('Vladimir Putin -MEETS-> Russia');
    expect(relations).toContain('Vladimir Putin -MEETS-> Xi Jinping');
  });

  it('does not read talks that are only wished for as a meeting', () => {
    expect(
      readable('ECOWAS said it remained open to dialogue with Bamako and Niamey.').relations,
    ).toEqual([]);
  });

  it('reads "the military rulers of A, B and C" as the three States', () => {
    const { relations } = readable(
      'The military rulers of Mali, Burkina Faso and Niger launched a unified force under their Alliance of Sahel States.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Burkina Faso -ALLIES_WITH-> Mali',
        'Mali -ALLIES_WITH-> Niger',
        'Burkina Faso -ALLIES_WITH-> Niger',
      ]),
    );
  });
});

describe('subjects of clauses opened by a conjunction or a pronoun', () => {
  it('reads the actor after "after" as the subject of its own clause', () => {
    expect(
      readable('China hosted talks after Islamabad accused the Taliban of sheltering militants.')
        .relations,
    ).toContain('Pakistan -CONDEMNS-> Taliban');
  });

  it('keeps "after" a preposition before a noun phrase', () => {
    expect(readable('Poland condemned Russia after Belarus drills.').relations).toEqual([
      'Poland -CONDEMNS-> Russia',
    ]);
  });

  it('gives a joined verb the opening pronoun of its sentence', () => {
    const { relations } = readable(
      'Iranian spokesman Esmaeil Baghaei spoke on Monday. He condemned the strikes as a "flagrant violation" and blamed the US for "fuelling instability".',
    );
    expect(relations).toContain('Esmaeil Baghaei -CONDEMNS-> United States');
  });
});

describe('alliances named with qualifiers and quotes', () => {
  it('reads "main military backer of" past a "Tripoli-based" qualifier', () => {
    const { relations } = readable(
      'Turkey has been the main military backer of the Tripoli-based Government of National Unity (GNU).',
    );
    expect(relations).toEqual(['Government of National Unity -ALLIES_WITH-> Turkey']);
  });

  it('reads an alliance noun in quotes', () => {
    expect(
      readable('Moscow remained committed to its "allied relations" with Yerevan.').relations,
    ).toEqual(['Armenia -ALLIES_WITH-> Russia']);
  });

  it('does not make an entity of a demonym before "-flagged"', () => {
    expect(readable('A Greek-flagged tanker was hit.').entities).toEqual([]);
  });
});

describe('panels of experts', () => {
  it('makes the experts of an international body a body named as the article first names it', () => {
    const { extraction, relations } = readable(
      'The UAE has been accused by U.N. experts of breaching an arms embargo. A report by the U.N. panel of experts said so.',
    );
    const panel = extraction.entities.filter((e) => e.kind === 'Organization');
    expect(panel.map((e) => e.name)).toEqual(['U.N. experts']);
    expect(panel[0]?.aliases).toContain('U.N. panel of experts');
    expect(relations).toContain('U.N. experts -CONDEMNS-> United Arab Emirates');
  });
});

describe('titles and names at their edges', () => {
  it('drops a second title after "spokesman," from the name', () => {
    expect(
      readable(
        "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, said the camps were hit.",
      ).entities,
    ).toContain('Official:Ahmed Sharif Chaudhry');
  });

  it('does not read a capitalised "Official" as a title', () => {
    const { entities } = readable(
      "Under Japan's Official Security Assistance program, Tokyo gave radars.",
    );
    expect(entities.filter((e) => e.startsWith('Official:'))).toEqual([]);
  });

  it('ends a body by shape where a weapon system begins', () => {
    const { entities } = readable('Royal Air Force Typhoon jets took part in the strikes.');
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:Royal Air Force', 'Weapon:Typhoon']),
    );
  });
});

describe('"as well as" inside an object', () => {
  it('does not end the clause at the second "as"', () => {
    expect(
      readable('KCNA condemned the drills as well as the upcoming visit by Lloyd Austin.')
        .relations,
    ).toContain('KCNA -CONDEMNS-> Lloyd Austin');
  });
});

describe('the speaker as a possessor', () => {
  it('reads "our" before an alliance noun as the speaker, also after a preposition', () => {
    const { relations } = readable(
      'Serbian President Aleksandar Vucic spoke. "This is a sign of our strategic partnership with France," Vucic told reporters.',
    );
    expect(relations).toContain('France -ALLIES_WITH-> Serbia');
  });
});
