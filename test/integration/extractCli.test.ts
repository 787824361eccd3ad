import { spawnSync } from 'node:child_process';

function run(args: string[]) {
  return spawnSync('npx', ['tsx', 'server/cli/extract.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('extract command', () => {
  it('prints the extraction of a sample article as JSON', () => {
    const result = run(['examples/articles/002_55db0fefc19c5d50.txt']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      entities: { id: string; name: string }[];
      relations: { source: string; type: string; target: string; evidence: unknown[] }[];
    };
    expect(json.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['North Korea', 'Russia', 'Antony Blinken']),
    );
    expect(json.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'state:north-korea',
          type: 'SUPPLIES',
          target: 'state:russia',
        }),
      ]),
    );
    for (const r of json.relations) expect(r.evidence.length).toBeGreaterThan(0);
  }, 60_000);

  it('fails with a clear message and a non-zero exit code for a missing file', () => {
    const result = run(['no/such/file.txt']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/BAD_USER_INPUT: Cannot read no\/such\/file.txt/);
  }, 60_000);
});
