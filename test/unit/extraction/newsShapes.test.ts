/**
 * More shapes of wire-news English: titles with "of" and hyphenated modifiers before a name,
 * names given with "known as", "the two met", relative clauses with their own objects, "the
 * country" as an object, officials signing together. Each case is a short sentence written for
 * the test, with a negative case beside it.
 */
import { readable } from './helpers.js';

describe('partners named after a title', () => {
  it('reads "Secretary of State X" and "Minister of Defence X" as the official', () => {
    expect(
      readable('Polish President Andrzej Duda met U.S. Secretary of State Marco Rubio in Warsaw.')
        .relations,
    ).toContain('Andrzej Duda -MEETS-> Marco Rubio');
    expect(
      readable(
        'Kenyan President William Ruto met Ugandan Minister of Defence Jacob Oboth in Kampala.',
      ).relations,
    ).toContain('Jacob Oboth -MEETS-> William Ruto');
  });

  it('reads a hyphenated modifier before a title ("newly-appointed Foreign Minister X")', () => {
    expect(
      readable(
        'Thai Prime Minister Srettha Thavisin met newly-appointed Foreign Minister Maris Sangiampongsa.',
      ).relations,
    ).toContain('Maris Sangiampongsa -MEETS-> Srettha Thavisin');
  });

  it('does not take a place after "of" as a title ("the mayor of Paris")', () => {
    const { relations } = readable('President Emmanuel Macron met the mayor of Paris on Monday.');
    expect(relations).toEqual([]);
  });
});

describe('names given with "known as"', () => {
  it('keeps the subject across ", known as X,"', () => {
    expect(
      readable(
        'Sudanese General Abdel Rahim Dagalo, known as the deputy, met Chadian President Mahamat Idriss Deby.',
      ).relations,
    ).toContain('Abdel Rahim Dagalo -MEETS-> Mahamat Idriss Deby');
  });

  it('still ends a clause at a plain "as"', () => {
    const { relations } = readable(
      'Japan sent coastal radars to Manila as Chinese President Xi Jinping met Vladimir Putin.',
    );
    expect(relations).not.toContain('Japan -MEETS-> Vladimir Putin');
  });
});

describe('"the two met"', () => {
  it('reads "when the two met" as a meeting of the two officials just named', () => {
    expect(
      readable(
        'Chilean Foreign Minister Alberto van Klaveren raised the fishing dispute with his Peruvian counterpart Elmer Schialer when the two met in Lima.',
      ).relations,
    ).toContain('Alberto van Klaveren -MEETS-> Elmer Schialer');
  });

  it('gives no meeting from "the two" before a noun', () => {
    const { relations } = readable(
      'Chilean Foreign Minister Alberto van Klaveren criticised Peruvian Foreign Minister Elmer Schialer, and the two governments traded notes.',
    );
    expect(relations.filter((r) => r.includes('MEETS'))).toEqual([]);
  });
});

describe('relative clauses with their own objects', () => {
  it('gives the second verb of "X, which trains Y troops and has supplied ..." to X', () => {
    const { relations } = readable(
      'Turkey, which trains Libyan troops and has supplied Libya with armed drones, called for calm.',
    );
    expect(relations).toContain('Turkey -SUPPLIES-> Libya');
    expect(relations).not.toContain('Libya -SUPPLIES-> armed drones');
  });

  it('keeps the subject that follows the relative pronoun ("which Iran sold to Russia")', () => {
    const { relations } = readable(
      'The report named the drones, which Iran sold to Russia last year with artillery shells.',
    );
    expect(relations).toContain('Iran -SUPPLIES-> Russia');
  });
});

describe('"the country" as the recipient', () => {
  it('reads "supplied the country with X" as the last other State named', () => {
    const { relations } = readable(
      'France, which trains Chadian soldiers and has supplied the country with armoured vehicles, kept its base.',
    );
    expect(relations).toContain('France -SUPPLIES-> Chad');
  });

  it('never reads the supplier itself as "the country"', () => {
    const { relations } = readable('Iran said it had never supplied the country with drones.');
    expect(relations).not.toContain('Iran -SUPPLIES-> Iran');
    expect(
      relations.filter((r) => r.startsWith('Iran -SUPPLIES-> ') && !r.endsWith('drones')),
    ).toEqual([]);
  });
});

describe('officials signing together', () => {
  it('reads "X signed a pact with counterpart Y" as a meeting of X and Y', () => {
    expect(
      readable(
        'Polish Defence Minister Wladyslaw Kosiniak-Kamysz signed a defence agreement with his Swedish counterpart Pal Jonson in Stockholm.',
      ).relations,
    ).toContain('Pal Jonson -MEETS-> Wladyslaw Kosiniak-Kamysz');
  });

  it('gives no meeting when the other side is a company or the verb is passive', () => {
    const company = readable(
      'Greek Prime Minister Kyriakos Mitsotakis signed a contract with Dassault Aviation.',
    );
    expect(company.relations.filter((r) => r.includes('MEETS'))).toEqual([]);
    const passive = readable('The accord was signed with President Emmanuel Macron watching.');
    expect(passive.relations.filter((r) => r.includes('MEETS'))).toEqual([]);
  });
});

describe('suppliers and recipients in noun phrases', () => {
  it('reads "X is by far its largest supplier of arms" with the pronoun as recipient', () => {
    const { relations } = readable(
      'Moscow is Algeria’s oldest partner and by far its largest supplier of arms.',
    );
    expect(relations).toContain('Russia -SUPPLIES-> Algeria');
  });

  it('reads "signed a contract with S for weapons" as S supplying the buyer', () => {
    const { relations } = readable(
      'Greece signed a contract with France for three Belharra frigates on Tuesday.',
    );
    expect(relations).toContain('France -SUPPLIES-> Greece');
  });

  it('gives no supply from a contract without weapons or with no seller after "with"', () => {
    expect(
      readable('Greece signed a contract with France for new school buildings.').relations,
    ).toEqual([]);
    expect(readable('Greece signed the contract for frigates in Athens.').relations).toEqual([]);
  });

  it('reads the possessor of weapons delivered in a passive as their recipient', () => {
    const { relations } = readable(
      "Most of Slovakia's fleet of MiG-29 jets was donated by Poland in 2023.",
    );
    expect(relations).toContain('Poland -SUPPLIES-> Slovakia');
  });

  it('keeps a passive with no possessed weapons free of recipients', () => {
    const { relations } = readable("Russia's new drones were shot down by Ukraine.");
    expect(relations).toEqual([]);
  });
});

describe('bodies introduced by their State after "with" or "by"', () => {
  it('names a company that is the party to a deal or the maker', () => {
    const { entities, relations } = readable(
      "Finland signed a contract with Norway's Kongsberg for coastal missiles, and Estonia bought rifles built by Sweden's Saab and Germany's Heckler.",
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:Kongsberg', 'Organization:Saab']),
    );
    expect(relations).toContain('Kongsberg -SUPPLIES-> Finland');
  });

  it('does not make a known office holder a body ("talks with Russia\'s Putin in Moscow")', () => {
    const { entities } = readable("Talks with Russia's Putin in Moscow ended without a deal.");
    expect(entities).not.toContain('Organization:Putin');
  });
});

describe('"all three" and "the three"', () => {
  it('reads "all three juntas" as the three States named together earlier', () => {
    const { relations } = readable(
      'Mali, Burkina Faso and Niger left the bloc in January. Their leaders blamed France. Analysts expect more unrest. All three juntas have also bought drones from Turkey.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Turkey -SUPPLIES-> Mali',
        'Turkey -SUPPLIES-> Burkina Faso',
        'Turkey -SUPPLIES-> Niger',
      ]),
    );
  });

  it('reads nothing from "all three" when no group of three was named', () => {
    const { relations } = readable(
      'Mali and Niger left the bloc. All three juntas have also bought drones from Turkey.',
    );
    expect(
      relations.filter((r) => r.startsWith('Turkey -SUPPLIES-> ') && !r.endsWith('drones')),
    ).toEqual([]);
  });
});

describe('targets of condemnation inside the object', () => {
  it('reads a demonym agent after "used by", past quote marks', () => {
    const { relations } = readable(
      'Paris condemned the "disproportionate force" used by Belarusian police against marchers.',
    );
    expect(relations).toContain('France -CONDEMNS-> Belarus');
  });

  it('does not read the victims of a killing as its target', () => {
    const { relations } = readable('Paris condemned the killing of Belarusian soldiers.');
    expect(relations).not.toContain('France -CONDEMNS-> Belarus');
  });

  it('reads the subject of a relative clause that names the act condemned', () => {
    const { relations } = readable(
      'Athens condemned a maritime accord that Turkey signed with Libya in 2019.',
    );
    expect(relations).toContain('Greece -CONDEMNS-> Turkey');
  });

  it('does not read a speaker or a clause without a subject as the target', () => {
    expect(
      readable('Athens condemned the drills that Turkey said were routine.').relations,
    ).toEqual([]);
    expect(readable('Athens condemned the strike that killed 40 people.').relations).toEqual([]);
  });

  it('reads both sides of a hyphen-joined pair ("the Japan-Philippines agreement")', () => {
    const { relations } = readable('Beijing criticised the India-Philippines missile agreement.');
    expect(relations).toEqual(
      expect.arrayContaining(['China -CONDEMNS-> India', 'China -CONDEMNS-> Philippines']),
    );
  });
});

describe('demonyms joined before one role noun', () => {
  it('reads "his Pakistani and Afghan counterparts" as both States', () => {
    const { relations } = readable(
      "China's foreign minister hosted his Kenyan and Ugandan counterparts in Beijing on Monday.",
    );
    expect(relations).toEqual(
      expect.arrayContaining(['China -MEETS-> Kenya', 'China -MEETS-> Uganda']),
    );
  });

  it('leaves demonyms before an ordinary noun weak ("Kenyan and Ugandan runners")', () => {
    const { entities } = readable('Kenyan and Ugandan runners won the race.');
    expect(entities).not.toContain('State:Kenya');
    expect(entities).not.toContain('State:Uganda');
  });
});

describe('allies named in a small clause or with a joint possessor', () => {
  it('reads "called X and Y his country\'s main allies" as alliances of his State', () => {
    const { relations } = readable(
      "Brazilian President Luiz Inacio Lula da Silva, who has called China and India his country's closest partners, met Xi Jinping.",
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Brazil -ALLIES_WITH-> China', 'Brazil -ALLIES_WITH-> India']),
    );
  });

  it('needs the named actors right before "his country\'s"', () => {
    const { relations } = readable(
      "Brazilian President Luiz Inacio Lula da Silva visited China and praised his country's allies.",
    );
    expect(relations.filter((r) => r.includes('ALLIES_WITH'))).toEqual([]);
  });

  it('reads "the three countries\' main partner" as the subject allied with each of the three', () => {
    const { relations } = readable(
      "Mali, Burkina Faso and Niger formed a new force. Analysts were wary. Russia has become the three countries' main security partner.",
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Mali -ALLIES_WITH-> Russia',
        'Burkina Faso -ALLIES_WITH-> Russia',
        'Niger -ALLIES_WITH-> Russia',
      ]),
    );
  });
});

describe('affiliation of an official with no qualifier', () => {
  it('skips a State that names the other party ("from Denmark", "his Danish counterpart")', () => {
    const { extraction } = readable(
      'Chile received jets from Norway on Monday, a purchase that President Gabriel Boric defended. Defence Minister Maya Fernandez signed the deal with her Norwegian counterpart Bjorn Arild Gram.',
    );
    const byName = new Map(extraction.entities.map((e) => [e.name, e.affiliation]));
    expect(byName.get('Gabriel Boric')).toBe('state:chile');
    expect(byName.get('Maya Fernandez')).not.toBe('state:norway');
    expect(byName.get('Bjorn Arild Gram')).toBe('state:norway');
  });
});

describe('calls, counterparts "from" a State, and "lashed out at"', () => {
  it('reads "received a call from X" as a meeting', () => {
    const { relations } = readable(
      'Spanish Prime Minister Pedro Sanchez received a call from Moroccan Foreign Minister Nasser Bourita.',
    );
    expect(relations).toContain('Nasser Bourita -MEETS-> Pedro Sanchez');
  });

  it('gives no meeting from calls that come from no actor', () => {
    const { relations } = readable(
      'Spanish Prime Minister Pedro Sanchez received a call from the palace.',
    );
    expect(relations).toEqual([]);
  });

  it('reads "met his counterpart from X" as a meeting with X', () => {
    const { relations } = readable(
      'Defence Minister Richard Marles met his counterpart from Fiji.',
    );
    expect(relations).toContain('Fiji -MEETS-> Richard Marles');
  });

  it('reads "lashed out at" and "hit out at" as condemnation of the actor after "at"', () => {
    expect(readable('Algeria lashed out at France over the visit.').relations).toContain(
      'Algeria -CONDEMNS-> France',
    );
    expect(readable('Peru hit out at Mexico after the ruling.').relations).toContain(
      'Peru -CONDEMNS-> Mexico',
    );
    expect(readable('Peru hit out at the ruling.').relations).toEqual([]);
  });
});

describe('subjects of an infinitive and coordination through "its ally"', () => {
  it('does not take a place before "to meet" as the one who meets', () => {
    const { relations } = readable(
      'Slovak Prime Minister Robert Fico was in Beijing to meet Chinese President Xi Jinping.',
    );
    expect(relations).toContain('Robert Fico -MEETS-> Xi Jinping');
    expect(relations).not.toContain('China -MEETS-> Xi Jinping');
  });

  it('still reads "urged Iran to stop sending" with Iran as the sender', () => {
    const { relations } = readable('Washington urged Iran to stop sending drones to Russia.');
    expect(relations).toContain('Iran -SUPPLIES-> Russia');
  });

  it('coordinates "X and its ally Y" as one group', () => {
    const { relations } = readable(
      'Lithuania condemned Russia and its ally Belarus over the drills.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Lithuania -CONDEMNS-> Russia', 'Lithuania -CONDEMNS-> Belarus']),
    );
  });
});

describe('capitals standing for their governments', () => {
  it('reads Pristina as Kosovo once Kosovo is named', () => {
    const { relations } = readable(
      'Kosovo closed the crossing. The attack on the monastery, which Pristina blames on Serbia, killed one officer.',
    );
    expect(relations).toContain('Kosovo -CONDEMNS-> Serbia');
  });
});

describe('objects of prepositions and partners after a relative clause', () => {
  it('reads a State after "on three" as a prepositional object, not a subject', () => {
    const { relations } = readable(
      "Russia imposed sanctions on five British officials and condemned London's support for Kyiv.",
    );
    expect(relations).toContain('Russia -CONDEMNS-> United Kingdom');
  });

  it('reads ", and with Y" after a relative clause as a further partner of the talks', () => {
    const { relations } = readable(
      'Envoy Jean-Yves Le Drian held talks with speaker Nabih Berri, who has led the mediation for months, and with army chief Joseph Aoun.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Jean-Yves Le Drian -MEETS-> Nabih Berri',
        'Jean-Yves Le Drian -MEETS-> Joseph Aoun',
      ]),
    );
  });

  it('does not join a partner that follows "and with" inside another clause', () => {
    const { relations } = readable(
      'Envoy Jean-Yves Le Drian held talks with speaker Nabih Berri, who has met with army chief Joseph Aoun.',
    );
    expect(relations).not.toContain('Jean-Yves Le Drian -MEETS-> Joseph Aoun');
  });
});

describe('weapons "supplied by" an agent, and an opening "It"', () => {
  it('reads "<weapons> supplied by X" as X supplying them to the clause\'s subject', () => {
    const { relations } = readable(
      'Romania fielded Piranha armoured vehicles supplied by Swiss manufacturers.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Switzerland -SUPPLIES-> Romania',
        'Switzerland -SUPPLIES-> Piranha',
      ]),
    );
  });

  it('gives no supply from other participles with "by" ("drones shot down by Ukraine")', () => {
    expect(readable('Drones shot down by Ukraine fell near Odesa.').relations).toEqual([]);
  });

  it('reads a sentence-opening "It" as the previous sentence\'s subject', () => {
    const { relations } = readable(
      'Warsaw has bought tanks under a deal with Seoul, along with howitzers supplied by South Korean manufacturers. It is also awaiting rocket launchers from the United States.',
    );
    expect(relations).toContain('United States -SUPPLIES-> Poland');
    expect(relations).not.toContain('United States -SUPPLIES-> South Korea');
  });
});

describe('"the military", "the army", "the air force" as a State the article ties them to', () => {
  it('reads "the air force" as the State whose military the article named', () => {
    const { relations } = readable(
      "Sudan's military took control of the city. A rights group accused the air force of bombing a market, and the Rapid Support Forces accused the army of shelling homes.",
    );
    expect(relations).toContain('Rapid Support Forces -CONDEMNS-> Sudan');
  });

  it('leaves "the army" unnamed when no State was tied to an army', () => {
    const { entities } = readable('The United States trains the army. Ukraine signed the deal.');
    expect(entities.filter((e) => e.startsWith('State:'))).toEqual([
      'State:United States',
      'State:Ukraine',
    ]);
  });
});

describe('titles whose long form holds a body already named', () => {
  it('reads "X\'s ambassador to the United Nations, Name," as an official', () => {
    const { entities, relations } = readable(
      "Ukraine's ambassador to the United Nations, Serhiy Kyslytsya, told the council that Iranian ships had delivered drones to Russia.",
    );
    expect(entities).toContain('Official:Serhiy Kyslytsya');
    expect(relations).toContain('Serhiy Kyslytsya -CONDEMNS-> Iran');
    expect(relations.some((r) => r.startsWith('United Nations -CONDEMNS'))).toBe(false);
  });
});

describe('sources that report arms transfers as data', () => {
  it('does not read "according to" a research institute as an accusation', () => {
    const { relations } = readable(
      "India has become Armenia's largest arms supplier, according to the Stockholm International Peace Research Institute (SIPRI).",
    );
    expect(relations).toContain('India -SUPPLIES-> Armenia');
    expect(relations.filter((r) => r.includes('CONDEMNS'))).toEqual([]);
  });

  it('still reads a government source as accusing the supplier', () => {
    const { relations } = readable(
      'North Korea has shipped artillery shells to Russia, according to the South Korean government.',
    );
    expect(relations).toContain('South Korea -CONDEMNS-> North Korea');
  });
});

describe('governments named as bodies', () => {
  it('reads "National Unity Government" as an organization that acts', () => {
    const { entities, relations } = readable(
      "Sudan's exiled Civilian Transitional Government condemned the sale and called on Iran to stop arms transfers.",
    );
    expect(entities).toContain('Organization:Civilian Transitional Government');
    expect(relations).toContain('Civilian Transitional Government -CONDEMNS-> Iran');
    expect(relations).not.toContain('Sudan -CONDEMNS-> Iran');
  });

  it('keeps "the Kenyan Government" the State itself', () => {
    const { entities } = readable('The Kenya Government denied the report.');
    expect(entities).toEqual(['State:Kenya']);
  });
});

describe('"its closest ally" as a recipient', () => {
  it('reads a bare "to its closest ally" as the other State named before', () => {
    const { relations } = readable(
      'China has built a naval base in Cambodia. Beijing shipped new frigates to its closest ally in 2024.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['China -SUPPLIES-> Cambodia', 'Cambodia -ALLIES_WITH-> China']),
    );
  });

  it('reads "to its closest ally, X" as X', () => {
    const { relations } = readable('Russia sent drones to its closest ally, Belarus.');
    expect(relations).toContain('Russia -SUPPLIES-> Belarus');
  });

  it('names no recipient when no other State was named', () => {
    const { relations } = readable('Iran sent drones to its ally.');
    expect(relations.filter((r) => !r.endsWith('drones'))).toEqual([]);
  });
});
