import { assertReadClause, leadingKeyword } from '../../../server/store/kuzu/assertReadClause.js';

describe('assertReadClause', () => {
  it('reads the first keyword after white space and comments', () => {
    expect(leadingKeyword('  match (n) return n')).toBe('MATCH');
    expect(leadingKeyword('/* x */ // y\n\u00a0EXPORT DATABASE "/tmp/x"')).toBe('EXPORT');
    expect(leadingKeyword('/**/CREATE (n)')).toBe('CREATE');
    expect(leadingKeyword('// only a comment')).toBe('');
    expect(leadingKeyword('/* unclosed')).toBe('');
    expect(leadingKeyword('\\u0043REATE')).toBe('\\');
  });

  it('lets read clauses through to the plan check', () => {
    for (const query of [
      'MATCH (n) RETURN n',
      'optional match (n) return n',
      'UNWIND [1] AS x RETURN x',
      'WITH 1 AS x RETURN x',
      'RETURN 1',
      'CALL show_tables() RETURN *',
    ])
      expect(() => assertReadClause(query)).not.toThrow();
  });

  it('refuses every other statement before the engine sees it', () => {
    for (const query of [
      "EXPORT DATABASE '/tmp/x'",
      "/* read */ IMPORT DATABASE '/tmp/x'",
      "ATTACH '/tmp/x' AS o (dbtype kuzu)",
      "COPY State FROM '/etc/passwd'",
      "LOAD FROM '/etc/passwd' RETURN *",
      'INSTALL httpfs',
      'CHECKPOINT',
      'MATCHX (n) RETURN n',
      '\u0421REATE (n)',
    ])
      expect(() => assertReadClause(query)).toThrow(
        expect.objectContaining({ code: 'READ_ONLY_VIOLATION' }),
      );
    expect(() => assertReadClause('  // nothing\n')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
