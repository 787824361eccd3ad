/**
 * Broad shapes of wire-news English: short forms of names, bodies introduced by their State,
 * subjects separated from their verbs, joint subjects. Each case is a short sentence written for
 * the test.
 */
import { readable } from './helpers.js';

describe('given names used alone', () => {
  it('resolves a given name written alone to the one official who has it', () => {
    const { extraction, relations } = readable(
      'Indonesian President Prabowo Subianto arrived in Beijing on Monday. Prabowo met Premier Li Qiang.',
    );
    const prabowo = extraction.entities.find((e) => e.name === 'Prabowo Subianto');
    expect(prabowo?.aliases).toContain('Prabowo');
    expect(relations).toContain('Li Qiang -MEETS-> Prabowo Subianto');
  });

  it('leaves a given name shared by two officials, or used as an ordinary word, unresolved', () => {
    const shared = readable(
      'Foreign Minister Ahmed Salah met Defence Minister Ahmed Nour. Ahmed said the talks went well.',
    );
    expect(shared.extraction.entities.flatMap((e) => e.aliases)).not.toContain('Ahmed');
    const word = readable('Envoy Will Tarrant arrived. Will the talks go on? The envoy will stay.');
    expect(word.extraction.entities.flatMap((e) => e.aliases)).not.toContain('Will');
  });
});

describe('joint subjects', () => {
  it('reads "the two leaders" and their possessive as the two officials just named', () => {
    const { relations } = readable(
      'Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Nairobi, and the two leaders pledged to strengthen their military cooperation.',
    );
    expect(relations).toContain('Kenya -ALLIES_WITH-> Somalia');
  });

  it('reads "both countries" as the two States of the previous group', () => {
    const { relations } = readable(
      'Kenya and Somalia held talks on Monday. Both countries condemned al-Shabaab.',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Kenya -CONDEMNS-> al-Shabaab', 'Somalia -CONDEMNS-> al-Shabaab']),
    );
  });

  it('does not read "the two" before a noun it does not know as actors', () => {
    const { relations } = readable(
      'Japan and China held talks. The two ships collided, and the two vessels condemned nobody.',
    );
    expect(relations.filter((r) => r.includes('CONDEMNS'))).toEqual([]);
  });
});

describe('reported atrocities', () => {
  it('makes a speaker who reports killings or shelling by another actor condemn that actor', () => {
    expect(
      readable('Human Rights Watch said soldiers of the Malian army executed dozens of civilians.')
        .relations,
    ).toContain('Human Rights Watch -CONDEMNS-> Mali');
    expect(readable('Ukraine said Russian troops shelled Kherson overnight.').relations).toContain(
      'Ukraine -CONDEMNS-> Russia',
    );
  });

  it('does not make a speaker condemn its own forces', () => {
    expect(readable('Israel said its strike killed a Hezbollah commander.').relations).toEqual([]);
    expect(readable('The Pentagon said U.S. forces killed a militant leader.').relations).toEqual(
      [],
    );
  });
});

describe('bodies introduced by their State', () => {
  it('reads one capitalised word after a State possessive as a body when it acts or supplies', () => {
    expect(
      readable("Latvia is buying coastal defence missiles from Norway's Kongsberg.").relations,
    ).toContain('Kongsberg -SUPPLIES-> Latvia');
    expect(
      readable("Sweden's Saab said it would deliver Gripen jets to Colombia.").entities,
    ).toContain('Organization:Saab');
  });

  it('does not read places, titles or struck targets after a possessive as bodies', () => {
    const { entities } = readable(
      "Ukrainian forces advanced in Russia's Kursk region. Russia's Kursk, a border area, was hit. Drones struck Russia's Belgorod, officials said. He met Niger's Gen. Omar Tchala.",
    );
    expect(entities.filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });
});
