import { detectBlocs } from '../../../server/explore/detectBlocs.js';
import type { SignedTie } from '../../../server/explore/detectBlocs.js';

const ally = (a: string, b: string, weight = 1): SignedTie => ({ a, b, weight });
const condemn = (a: string, b: string, weight = 1): SignedTie => ({ a, b, weight: -weight });

/** Two triangles of allies that condemn each other across. */
function twoCamps(): SignedTie[] {
  return [
    ally('us', 'kr'),
    ally('kr', 'jp'),
    ally('jp', 'us'),
    ally('ru', 'kp'),
    ally('kp', 'ir'),
    ally('ir', 'ru'),
    condemn('us', 'ru'),
    condemn('kr', 'kp'),
    condemn('jp', 'kp'),
  ];
}

describe('detectBlocs', () => {
  it('finds two camps of allies that condemn each other', () => {
    const blocs = detectBlocs(twoCamps());
    expect(blocs.map((bloc) => bloc.members)).toEqual([
      ['ir', 'kp', 'ru'],
      ['jp', 'kr', 'us'],
    ]);
    expect(blocs.every((bloc) => bloc.cohesion === 1)).toBe(true);
  });

  it('does not depend on the order of ties', () => {
    const ties = twoCamps();
    const reversed = [...ties].reverse().map((tie) => ({ a: tie.b, b: tie.a, weight: tie.weight }));
    expect(detectBlocs(reversed)).toEqual(detectBlocs(ties));
  });

  it('keeps two states that only condemn each other apart', () => {
    expect(detectBlocs([condemn('a', 'b', 3)])).toEqual([]);
  });

  it('returns no bloc for an empty graph', () => {
    expect(detectBlocs([])).toEqual([]);
  });

  it('groups a tight alliance despite one internal condemnation, with cohesion below 1', () => {
    const ties = [
      ally('a', 'b', 3),
      ally('a', 'c', 3),
      ally('a', 'd', 3),
      ally('b', 'c', 3),
      ally('b', 'd', 3),
      ally('c', 'd', 3),
      condemn('a', 'b', 1),
      ally('x', 'y', 2),
    ];
    const blocs = detectBlocs(ties);
    expect(blocs[0]?.members).toEqual(['a', 'b', 'c', 'd']);
    const cohesion = blocs[0]?.cohesion ?? 0;
    expect(cohesion).toBeGreaterThan(0.8);
    expect(cohesion).toBeLessThan(1);
    expect(blocs[1]?.members).toEqual(['x', 'y']);
  });

  it('splits a chain where the two ends condemn each other harder than the middle binds them', () => {
    const blocs = detectBlocs([
      ally('a', 'b', 2),
      ally('c', 'd', 2),
      ally('b', 'c', 0.5),
      condemn('a', 'd', 3),
      condemn('a', 'c', 3),
      condemn('b', 'd', 3),
    ]);
    expect(blocs.map((bloc) => bloc.members)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('adds up repeated ties and ignores self ties', () => {
    const blocs = detectBlocs([
      ally('a', 'a', 5),
      ally('a', 'b'),
      ally('b', 'a'),
      condemn('a', 'b'),
    ]);
    expect(blocs).toEqual([{ members: ['a', 'b'], cohesion: 2 / 3 }]);
  });

  it('reports groups below minMembers as no bloc', () => {
    expect(detectBlocs(twoCamps(), { minMembers: 4 })).toEqual([]);
  });
});
