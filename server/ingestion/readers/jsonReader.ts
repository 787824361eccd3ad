/** JSON: one article object, or an array of them (each element checked on its own). */
import { toEntenteError } from '../../errors/EntenteError.js';
import { readFailure, type ReadResult } from '../ReadResult.js';
import type { ArticleReader } from './ArticleReader.js';
import { MAX_JSON_FILE_BYTES, readWholeFile } from './readWholeFile.js';
import { toArticleInput } from './toArticleInput.js';

const TOO_BIG = `The JSON file is larger than ${MAX_JSON_FILE_BYTES / 1024 / 1024} MiB: write it as JSON Lines (.jsonl, one article per line), which is read line by line.`;

/** Line and column of a JSON.parse error, when the message gives a position. */
function locate(source: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const before = source.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

export function parseJsonArticles(source: string, path: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    return [
      readFailure(
        path,
        `Not valid JSON${locate(source, message)} (${message}): fix the file, or use JSON Lines (.jsonl) so one broken article does not hide the others.`,
      ),
    ];
  }
  if (!Array.isArray(value)) return [toArticleInput(value, path)];
  return value.map((item, index) => toArticleInput(item, `${path}[${index}]`));
}

async function* read(path: string): AsyncIterable<ReadResult> {
  let source: string;
  try {
    source = await readWholeFile(path, MAX_JSON_FILE_BYTES, TOO_BIG);
  } catch (error) {
    yield readFailure(path, toEntenteError(error).message);
    return;
  }
  yield* parseJsonArticles(source, path);
}

export const jsonReader: ArticleReader = {
  name: 'JSON',
  extensions: ['.json'],
  manyPerFile: true,
  read,
};
