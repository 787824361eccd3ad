import { readFileSync } from 'node:fs';
import { loadConfig, SETTINGS } from '../../../server/config/loadConfig.js';
import { EntenteError } from '../../../server/errors/EntenteError.js';

describe('loadConfig', () => {
  it('gives the defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4jUri).toBeUndefined();
    expect(config.corsOrigins).toEqual([]);
    expect(config.loadSamples).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads and converts variables', () => {
    const config = loadConfig({
      PORT: '0',
      NEO4J_URI: 'bolt://localhost:7687',
      ENTENTE_CORS_ORIGINS: 'http://a.test, http://b.test',
      ENTENTE_LOAD_SAMPLES: 'false',
      ENTENTE_GRAPH_INDEX: 'off',
      NODE_ENV: 'production',
    });
    expect(config.port).toBe(0);
    expect(config.neo4jUri).toBe('bolt://localhost:7687');
    expect(config.corsOrigins).toEqual(['http://a.test', 'http://b.test']);
    expect(config.loadSamples).toBe(false);
    expect(config.graphIndex).toBe(false);
    expect(loadConfig({}).graphIndex).toBe(true);
    expect(config.production).toBe(true);
  });

  it('refuses a bad value and names the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(EntenteError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ ENTENTE_LOAD_SAMPLES: 'maybe' })).toThrow(/true or false/);
  });

  it('is documented variable by variable in the README settings table', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const spec of Object.values(SETTINGS)) {
      expect(readme).toMatch(new RegExp(`^\\|\\s*\`${spec.env}\`\\s*\\|`, 'm'));
    }
  });
});
