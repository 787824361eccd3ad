import { readable } from './helpers.js';

describe('entity recognisers', () => {
  it('names States by short name, formal name, initials and capital, under one canonical name', () => {
    const { extraction } = readable(
      'North Korea fired a missile. The DPRK said Pyongyang acted alone, as the Democratic People’s Republic of Korea warned Washington and the U.S.',
    );
    const nk = extraction.entities.find((e) => e.name === 'North Korea');
    expect(nk?.kind).toBe('State');
    expect(nk?.aliases).toEqual(expect.arrayContaining(['DPRK', 'Pyongyang']));
    expect(extraction.entities.filter((e) => e.name === 'United States')).toHaveLength(1);
  });

  it('maps project aliases: the Kremlin, Kiev, Britain, PRC, ROK', () => {
    const { entities } = readable(
      'The Kremlin warned Kiev. Britain, the PRC and the ROK responded.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'State:Russia',
        'State:Ukraine',
        'State:United Kingdom',
        'State:China',
        'State:South Korea',
      ]),
    );
  });

  it('resolves "the North" only once North Korea is named', () => {
    expect(readable('The North launched a rocket.').entities).not.toContain('State:North Korea');
    const { extraction } = readable('North Korea tested a missile. The North said it was a test.');
    const aliases = extraction.entities.find((e) => e.name === 'North Korea')?.aliases ?? [];
    expect(aliases.map((a) => a.toLowerCase())).toContain('the north');
  });

  it('finds officials by title, gives their affiliation and resolves surnames', () => {
    const { extraction } = readable(
      'South Korean Foreign Minister Park Jin met Secretary of State Antony Blinken. Park said Blinken agreed.',
    );
    const park = extraction.entities.find((e) => e.name === 'Park Jin');
    const blinken = extraction.entities.find((e) => e.name === 'Antony Blinken');
    expect(park?.affiliation).toBe('state:south-korea');
    expect(park?.aliases).toContain('Park');
    expect(blinken?.affiliation).toBe('state:united-states');
    expect(extraction.entities.filter((e) => e.kind === 'Official')).toHaveLength(2);
  });

  it('finds officials in appositives and with name particles', () => {
    const { entities } = readable(
      'The plan was backed by Yoo Sang-bum, one of the lawmakers, and by Sudanese army chief Abdel Fattah al-Burhan.',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Official:Yoo Sang-bum', 'Official:Abdel Fattah al-Burhan']),
    );
  });

  it('makes a demonym a State only before a role noun or title', () => {
    expect(readable('Analysts discussed Russian technologies.').entities).not.toContain(
      'State:Russia',
    );
    expect(readable('Russian officials said nothing.').entities).toContain('State:Russia');
    expect(readable('Philippine President Ferdinand Marcos Jr. spoke.').entities).toEqual(
      expect.arrayContaining(['State:Philippines', 'Official:Ferdinand Marcos Jr.']),
    );
  });

  it('recognises organizations and drops news outlets', () => {
    const { entities } = readable(
      'Hamas and the Houthis were condemned by NATO and the U.N. Security Council, Reuters reported.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Hamas',
        'Organization:Houthis',
        'Organization:NATO',
        'Organization:UN Security Council',
      ]),
    );
    expect(entities.join()).not.toMatch(/Reuters/);
  });

  it('normalises weapons: kinds to plural names, named systems absorb their head noun', () => {
    const { entities } = readable(
      'Iran sent Shahed-136 drones, a ballistic missile and artillery shells; the Hwasong-17 ICBM and F-16s were seen.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Weapon:Shahed-136',
        'Weapon:ballistic missiles',
        'Weapon:artillery shells',
        'Weapon:Hwasong-17',
        'Weapon:F-16',
      ]),
    );
    expect(entities).not.toContain('Weapon:drones');
  });

  it('does not read think tanks or civil rockets as weapons', () => {
    const { entities } = readable('A think tank studied the SpaceX Falcon-9 rocket.');
    expect(entities.filter((e) => e.startsWith('Weapon:'))).toEqual([]);
  });

  it('reads an unknown designator before a weapon noun as a named system', () => {
    expect(readable('Russia used Su-25 jets.').entities).toContain('Weapon:Su-25');
  });

  it('reads named systems by shape: designator or name, descriptive words, weapon noun', () => {
    const { entities } = readable(
      'Ruritania bought ZX-71B long-range attack drones, Talon Mark 4 radars and Kestrel short-range air defence missiles.',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Weapon:ZX-71B', 'Weapon:Talon Mark 4', 'Weapon:Kestrel']),
    );
    expect(entities).not.toEqual(
      expect.arrayContaining(['Weapon:drones', 'Weapon:radar systems', 'Weapon:missiles']),
    );
  });

  it('does not read people, peoples or sentence openers before weapon nouns as systems', () => {
    const { entities } = readable(
      'Several drones hit the base. Kurdish drones and Soviet-era tanks were seen. Smith said rockets fell. The 2,000-pound bombs were found.',
    );
    expect(entities.filter((e) => e.startsWith('Weapon:') && /[A-Z0-9]/.test(e.slice(7)))).toEqual(
      [],
    );
  });

  it('keeps distinct kinds apart and follows the article spelling', () => {
    const { entities } = readable(
      'The army received rifles, machine guns, rocket launchers, patrol vessels and armored vehicles.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Weapon:rifles',
        'Weapon:machine guns',
        'Weapon:rocket launchers',
        'Weapon:patrol vessels',
        'Weapon:armored vehicles',
      ]),
    );
    expect(readable('They sent armoured vehicles.').entities).toContain('Weapon:armoured vehicles');
  });

  it('takes names the article defines in parentheses, with the acronym as an alias', () => {
    const { extraction } = readable(
      'The Northern Hills Liberation Front (NHLF) attacked. Officials said the NHLF withdrew. The Coastal Advanced Missile Systems (CAMS) were sold.',
    );
    const front = extraction.entities.find((e) => e.name === 'Northern Hills Liberation Front');
    expect(front?.kind).toBe('Organization');
    expect(front?.aliases).toContain('NHLF');
    expect(extraction.entities.filter((e) => e.name.includes('NHLF'))).toEqual([]);
    expect(extraction.entities.find((e) => e.name === 'CAMS')?.kind).toBe('Weapon');
  });

  it('recognises organizations by the shape of their names', () => {
    const { entities } = readable(
      'Officers of the Ruritania Defence Force met the Western Plains Command. Later the Plains Command said the Foreign Ministry agreed.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Ruritania Defence Force',
        'Organization:Western Plains Command',
      ]),
    );
    expect(entities).not.toContain('Organization:Plains Command');
    expect(entities).not.toContain('Organization:Foreign Ministry');
  });
});
