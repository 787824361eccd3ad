import { parseJsonArticles } from '../../../server/ingestion/readers/jsonReader.js';
import { parseJsonLine, splitLines } from '../../../server/ingestion/readers/jsonLinesReader.js';
import type { ReadResult } from '../../../server/ingestion/ReadResult.js';

const options = { maxArticleBytes: 1024 * 1024 };

async function* chunks(...parts: string[]): AsyncIterable<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseJsonArticles', () => {
  it('reads one article object', () => {
    const [result] = parseJsonArticles(
      '{"text":"Peru met Chile.","title":"T","date":"2024-01-02"}',
      'a.json',
    );
    expect(result).toEqual({
      kind: 'article',
      input: { text: 'Peru met Chile.', title: 'T', date: '2024-01-02', origin: 'a.json' },
    });
  });

  it('reads an array, checking each element and naming the bad ones by index', () => {
    const results = parseJsonArticles(
      JSON.stringify([
        { text: 'A met B.' },
        { title: 'no text' },
        'just a string',
        { text: 'C', date: 5 },
        { text: 'D', url: null },
      ]),
      'b.json',
    );
    expect(results.map((result) => result.kind)).toEqual([
      'article',
      'failure',
      'failure',
      'failure',
      'article',
    ]);
    expect(results[1]).toMatchObject({
      origin: 'b.json[1]',
      reason: expect.stringMatching(/no "text" string/),
    });
    expect(results[2]).toMatchObject({
      origin: 'b.json[2]',
      reason: expect.stringMatching(/found a string/),
    });
    expect(results[3]).toMatchObject({
      origin: 'b.json[3]',
      reason: expect.stringMatching(/"date" must be a string/),
    });
  });

  it('reports broken JSON with its line and column', () => {
    const [result] = parseJsonArticles('[\n  {"text": "ok"},\n  {"text" "x"}\n]', 'c.json');
    expect(result?.kind).toBe('failure');
    expect((result as { reason: string }).reason).toMatch(/Not valid JSON at line 3/);
  });
});

describe('JSON Lines', () => {
  it('splits a byte stream into numbered lines across chunk boundaries', async () => {
    const lines = await collect(splitLines(chunks('{"a":', '1}\n{"b"', ':2}\n\n{"c":3}')));
    expect(lines.map(({ line, bytes }) => [line, bytes.toString()])).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
      [3, ''],
      [4, '{"c":3}'],
    ]);
  });

  it('reports a broken line with its number and skips blank lines', () => {
    const broken = parseJsonLine(
      Buffer.from('{"text": "x",'),
      'f.jsonl:7',
      7,
      options,
    ) as ReadResult;
    expect(broken).toMatchObject({
      kind: 'failure',
      origin: 'f.jsonl:7',
      reason: expect.stringMatching(/^Line 7 is not valid JSON/),
    });
    expect(parseJsonLine(Buffer.from('   \r'), 'f.jsonl:8', 8, options)).toBeNull();
  });

  it('reports invalid UTF-8 on one line without losing the others', () => {
    const bad = parseJsonLine(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'f.jsonl:2', 2, options);
    expect(bad).toMatchObject({
      kind: 'failure',
      reason: expect.stringMatching(/^Line 2: Invalid UTF-8/),
    });
    const good = parseJsonLine(
      Buffer.from('{"text":"Chad met Niger.","source":"Wire"}\r'),
      'f.jsonl:3',
      3,
      options,
    );
    expect(good).toEqual({
      kind: 'article',
      input: { text: 'Chad met Niger.', source: 'Wire', origin: 'f.jsonl:3' },
    });
  });

  it('refuses a line far above the size limit without parsing it', () => {
    const huge = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const result = parseJsonLine(huge, 'f.jsonl:1', 1, options);
    expect(result).toMatchObject({
      kind: 'failure',
      reason: expect.stringMatching(/ENTENTE_MAX_ARTICLE_BYTES/),
    });
  });
});
