/** `npm run --silent extract -- FILE`: prints the extraction of one article as JSON on stdout. */
import { readFile } from 'node:fs/promises';
import { EntenteError, toEntenteError } from '../errors/EntenteError.js';
import { extractArticle } from '../extraction/extractArticle.js';

async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file)
    throw new EntenteError(
      'BAD_USER_INPUT',
      'Usage: npm run --silent extract -- FILE (a .txt article).',
    );
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Cannot read ${file}: check the path and that it is a readable text file.`,
      { cause },
    );
  }
  const { entities, relations, diagnostics } = extractArticle(text);
  process.stdout.write(`${JSON.stringify({ entities, relations, diagnostics }, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const e = toEntenteError(error);
  process.stderr.write(`extract: ${e.code}: ${e.message}\n`);
  process.exitCode = 1;
});
