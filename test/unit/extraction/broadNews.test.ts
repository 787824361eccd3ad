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
