/**
 * `npm run eval -- [--gold DIR] [--articles DIR] [--quiet]`: scores the extractor against gold
 * graphs (default examples/gold and examples/articles) and prints P/R/F1 per entity kind, per
 * relation type and overall, micro-averaged, with misses and false positives.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EntenteError, toEntenteError } from '../errors/EntenteError.js';
import type { GoldGraph } from '../evaluation/GoldGraph.js';
import { extractArticle } from '../extraction/extractArticle.js';
import { formatReport } from '../evaluation/formatReport.js';
import { scoreArticle } from '../evaluation/scoreArticle.js';
import { scoreCorpus } from '../evaluation/scoreCorpus.js';

function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback;
}

async function readGold(file: string): Promise<GoldGraph> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as GoldGraph;
  } catch (cause) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Cannot read gold file ${file}: check that it is JSON in the gold format.`,
      { cause },
    );
  }
}

async function main(argv: string[]): Promise<void> {
  const goldDir = option(argv, '--gold', 'examples/gold');
  const articleDir = option(argv, '--articles', 'examples/articles');
  const files = (
    await readdir(goldDir).catch((cause: unknown) => {
      throw new EntenteError(
        'BAD_USER_INPUT',
        `Cannot list ${goldDir}: pass --gold DIR with *.gold.json files.`,
        { cause },
      );
    })
  )
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  if (files.length === 0)
    throw new EntenteError('BAD_USER_INPUT', `No *.gold.json files in ${goldDir}.`);
  const articles = [];
  for (const file of files) {
    const gold = await readGold(path.join(goldDir, file));
    const articlePath = path.join(articleDir, gold.article);
    const text = await readFile(articlePath, 'utf8').catch((cause: unknown) => {
      throw new EntenteError(
        'BAD_USER_INPUT',
        `Cannot read ${articlePath} named by ${file}: pass --articles DIR.`,
        { cause },
      );
    });
    articles.push({ name: gold.article, score: scoreArticle(gold, extractArticle(text)) });
  }
  process.stdout.write(
    `${formatReport(scoreCorpus(articles.map((a) => a.score)), articles, !argv.includes('--quiet'))}\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const e = toEntenteError(error);
  process.stderr.write(`eval: ${e.code}: ${e.message}\n`);
  process.exitCode = 1;
});
