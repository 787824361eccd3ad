import { toEntityId, toNameKey, toRelationId } from '../../../server/domain/ids.js';

describe('toNameKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(toNameKey("Côte d'Ivoire")).toBe('cote d ivoire');
    expect(toNameKey('  U.S.  ')).toBe('u s');
  });
});

describe('toEntityId', () => {
  it('derives a stable id from kind and name', () => {
    expect(toEntityId('State', 'North Korea')).toBe('state:north-korea');
    expect(toEntityId('Official', 'Kim Jong Un')).toBe(toEntityId('Official', 'kim jong-un'));
  });
});

describe('toRelationId', () => {
  it('orders the ends of symmetric relations', () => {
    expect(toRelationId('MEETS', 'b', 'a')).toBe(toRelationId('MEETS', 'a', 'b'));
    expect(toRelationId('SUPPLIES', 'b', 'a')).not.toBe(toRelationId('SUPPLIES', 'a', 'b'));
  });
});
