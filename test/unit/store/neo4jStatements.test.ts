/**
 * Every statement the Neo4j backend can send, with every placeholder value it can use, passes
 * Neo4j's own parser and semantic analysis (offline, @neo4j-cypher/language-support).
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { EDGE_TYPES, ENTITY_KINDS, RELATION_TYPES } from '../../../server/domain/kinds.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherDir, listCypherNames, loadCypher } from '../../../server/store/loadCypher.js';

const KINDS = ENTITY_KINDS as readonly string[];
const VARIANTS: Record<string, Record<string, string>[]> = {
  KIND: KINDS.map((k) => ({ KIND: k })),
  LABEL: ['Entity', ...KINDS, 'Article', 'Claim', 'Correction'].map((l) => ({ LABEL: l })),
  TYPE: RELATION_TYPES.map((t) => ({ TYPE: t })),
  // Claim relations alone, and with REPRESENTS as paths walk them.
  TYPES: [RELATION_TYPES.join('|'), EDGE_TYPES.join('|')].map((t) => ({ TYPES: t })),
};

function variantsOf(text: string): Record<string, string>[] {
  const keys = [...new Set([...text.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1] ?? ''))];
  let out: Record<string, string>[] = [{}];
  for (const key of keys) {
    const options = VARIANTS[key] ?? [
      {
        [key]:
          key === 'TYPES' ? RELATION_TYPES.join('|') : key.endsWith('KIND') ? 'State' : 'Entity',
      },
    ];
    out = out.flatMap((base) =>
      options.map((option) => ({ ...base, [key]: Object.values(option)[0] ?? '' })),
    );
  }
  return out;
}

function rawText(name: string): string {
  const own = path.join(cypherDir, 'neo4j', `${name}.cypher`);
  return readFileSync(existsSync(own) ? own : path.join(cypherDir, `${name}.cypher`), 'utf8');
}

const cases = listCypherNames('neo4j').flatMap((name) =>
  variantsOf(rawText(name)).map(
    (vars) => [name, JSON.stringify(vars), loadCypher('neo4j', name, vars)] as const,
  ),
);

/** A sample value for every `$param` a statement uses, of the type the store sends. */
function sampleParams(text: string): Record<string, unknown> {
  const samples: Record<string, unknown> = {
    ids: ['x'],
    rows: [{ id: 'x' }],
    skip: 0,
    limit: 10,
    minClaims: 0,
    maxLength: 4,
    anyStatus: true,
  };
  const names = [...text.matchAll(/\$([A-Za-z]\w*)/g)].map((match) => match[1] ?? '');
  return Object.fromEntries(names.map((name) => [name, name in samples ? samples[name] : 'x']));
}

describe('Neo4j statements pass the Neo4j parser and semantic analysis', () => {
  it.each(cases)('%s %s', (_name, _vars, text) => {
    const errors = lintCypherQuery(text, { parameters: sampleParams(text) })
      .diagnostics.filter((diagnostic) => diagnostic.severity === 1)
      .map((diagnostic) => diagnostic.message);
    expect(errors).toEqual([]);
  });
});
