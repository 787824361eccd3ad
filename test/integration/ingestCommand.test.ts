/**
 * `npm run ingest` in a child process over a temporary embedded store: a folder mixing good and bad
 * files stores the good ones, lists the bad ones with reasons and where, and exits non-zero; a second
 * run changes nothing; off a terminal it prints no progress.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IngestReport } from '../../server/ingestion/IngestReport.js';
import { createKuzuStore } from '../../server/store/kuzu/createKuzuStore.js';
import { allArticleIds, makeTempDir, runIngestCli, SAMPLES_DIR } from './helpers/ingestKit.js';

const TIMEOUT = 180_000;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const HTML = `<html><head><title>Page</title><style>p{color:red}</style>
<script>document.title = "SCRIPT TEXT"</script><script src="x.js"></script></head>
<body><nav>NAV TEXT</nav><article><h1>Qatar hosts envoys</h1>
<p>DOHA – Qatar met with Egypt on Sunday.</p><script>alert("SCRIPT TEXT 2")</script>
<style>.x{}</style></article><footer>FOOTER TEXT</footer></body></html>`;

let dir: string;
let articles: string;
let env: Record<string, string>;

function write(name: string, content: string | Buffer): string {
  const file = path.join(articles, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  dir = makeTempDir('ingest-cli');
  articles = path.join(dir, 'articles');
  env = { ENTENTE_DATA_DIR: path.join(dir, 'data') };
  mkdirSync(articles);
  copyFileSync(
    path.join(SAMPLES_DIR, '000_2136f0d54b61308d.txt'),
    path.join(articles, 'sample.txt'),
  );
  write('notes.md', '# Japan and India talk\n\nTOKYO – **Japan** met with [India](https://x).');
  write('page.html', HTML);
  write(
    'nested/deeper/utf16.txt',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Chad and Niger\n\nChad met with Niger.', 'utf16le'),
    ]),
  );
  write(
    'feed.jsonl',
    [
      '{"text":"Peru and Chile\\n\\nPeru met with Chile."}',
      '{"text": broken',
      '{"title":"no text"}',
      '{"text":"Cuba and Spain\\n\\nSpain condemned Cuba."}',
    ].join('\n'),
  );
  write(
    'batch.json',
    JSON.stringify([{ text: 'Fiji and Samoa\n\nFiji met with Samoa.' }, { text: '' }]),
  );
  write('empty.txt', '');
  write('blank.txt', ' \n\t\n   ');
  write('latin1.txt', Buffer.from('Caf\xe9 talks in Paris', 'latin1'));
  write('disguised.txt', PNG);
  write('photo.png', PNG);
  // 50 MB of prose, far above the default 5 MiB limit: refused before it is read.
  write('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'France met with Spain. '));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ingest -- PATH...', () => {
  let first: IngestReport;

  it(
    'stores the good files of a mixed folder, lists each bad one with its reason, and exits 1',
    async () => {
      const result = await runIngestCli(['--json', articles], env);
      expect(result.code).toBe(1);
      first = JSON.parse(result.stdout) as IngestReport;
      const byOrigin = new Map(
        first.outcomes.map((outcome) => [path.relative(articles, outcome.origin), outcome]),
      );
      const stored = [...byOrigin]
        .filter(([, outcome]) => outcome.status === 'stored')
        .map(([origin]) => origin);
      expect(stored.sort()).toEqual(
        [
          'batch.json[0]',
          'feed.jsonl:1',
          'feed.jsonl:4',
          'nested/deeper/utf16.txt',
          'notes.md',
          'page.html',
          'sample.txt',
        ].sort(),
      );
      const reason = (origin: string) => byOrigin.get(origin)?.reason ?? '';
      expect(reason('empty.txt')).toMatch(/empty/);
      expect(reason('blank.txt')).toMatch(/empty/);
      expect(reason('latin1.txt')).toMatch(/Invalid UTF-8 at byte 3/);
      expect(reason('disguised.txt')).toMatch(/PNG image/);
      expect(reason('huge.txt')).toMatch(
        /50\.0 MiB.*above the limit of 5\.0 MiB.*ENTENTE_MAX_ARTICLE_BYTES/,
      );
      expect(reason('feed.jsonl:2')).toMatch(/Line 2 is not valid JSON/);
      expect(reason('feed.jsonl:3')).toMatch(/no "text" string/);
      expect(reason('batch.json[1]')).toMatch(/empty/);
      expect(first.failed).toBe(8);
      expect(first.skipped?.map((file) => path.relative(articles, file.origin))).toEqual([
        'photo.png',
      ]);
      expect(result.stderr).toBe('');
    },
    TIMEOUT,
  );

  it(
    'keeps the article text of HTML without scripts, styles, navigation or footers',
    async () => {
      const store = await createKuzuStore({ dataDir: env.ENTENTE_DATA_DIR as string });
      try {
        const page = first.outcomes.find((outcome) => outcome.origin.endsWith('page.html'));
        const [article] = await store.getArticles([page?.articleId as string]);
        expect(article?.title).toBe('Qatar hosts envoys');
        expect(article?.text).toBe('Qatar hosts envoys\n\nDOHA – Qatar met with Egypt on Sunday.');
        expect((await allArticleIds(store)).length).toBe(7);
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );

  it(
    'a second run changes nothing and prints a summary of unchanged and failed articles',
    async () => {
      const result = await runIngestCli([articles], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/0 stored, 0 replaced, 7 unchanged, 8 failed/);
      expect(result.stdout).toMatch(/feed\.jsonl:2: Line 2 is not valid JSON/);
      expect(result.stdout).toMatch(/Skipped 1 file of other types:\n {2}.*photo\.png/);
      const store = await createKuzuStore({ dataDir: env.ENTENTE_DATA_DIR as string });
      try {
        expect((await allArticleIds(store)).sort()).toEqual(
          first.outcomes
            .filter((outcome) => outcome.status === 'stored')
            .map((outcome) => outcome.articleId)
            .sort(),
        );
      } finally {
        await store.close();
      }
    },
    TIMEOUT,
  );

  it(
    'refuses a named image and exits 1; exits 0 when every article is good',
    async () => {
      const image = await runIngestCli([path.join(articles, 'photo.png')], env);
      expect(image.code).toBe(1);
      expect(image.stdout).toMatch(/photo\.png: Not an article: the file is a PNG image/);
      const good = await runIngestCli([path.join(articles, 'notes.md'), SAMPLES_DIR], env);
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/stored, 0 replaced, \d unchanged, 0 failed/);
    },
    TIMEOUT,
  );

  it(
    'explains usage and setting errors and exits 2',
    async () => {
      const none = await runIngestCli([], env);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/BAD_USER_INPUT.*Give the files or folders to ingest/);
      const badLimit = await runIngestCli([articles], {
        ...env,
        ENTENTE_MAX_ARTICLE_BYTES: 'lots',
      });
      expect(badLimit.code).toBe(2);
      expect(badLimit.stderr).toMatch(
        /CONFIG_INVALID.*ENTENTE_MAX_ARTICLE_BYTES must be a whole number/,
      );
    },
    TIMEOUT,
  );

  it(
    'applies a smaller ENTENTE_MAX_ARTICLE_BYTES to each article',
    async () => {
      const result = await runIngestCli(['--json', path.join(articles, 'sample.txt')], {
        ...env,
        ENTENTE_MAX_ARTICLE_BYTES: '2048',
      });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as IngestReport;
      expect(report.outcomes[0]?.reason).toMatch(/above the limit of 2,048 bytes/);
    },
    TIMEOUT,
  );
});
