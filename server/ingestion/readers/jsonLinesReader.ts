/**
 * JSON Lines: one article per line, read as a stream of bytes so files of any size work. Each bad
 * line is reported with its number; the good ones are read.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { toEntenteError } from '../../errors/EntenteError.js';
import { decodeText } from '../decodeText.js';
import { readFailure, type ReadResult } from '../ReadResult.js';
import type { ArticleReader, ReadOptions } from './ArticleReader.js';
import { MAX_JSON_FILE_BYTES, readLimitFor, readWholeFile } from './readWholeFile.js';
import { tooLargeMessage } from '../assertArticleSize.js';
import { toArticleInput } from './toArticleInput.js';

/** Splits a byte stream into lines (without the newline), numbered from 1. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
): AsyncIterable<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, at));
      yield { line: ++line, bytes: Buffer.concat(pending) };
      pending = [];
      from = at + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  const rest = Buffer.concat(pending);
  if (rest.length) yield { line: line + 1, bytes: rest };
}

/** Parses one line (bytes, or text already decoded); null for a blank line. */
export function parseJsonLine(
  content: Buffer | string,
  origin: string,
  line: number,
  options: ReadOptions,
): ReadResult | null {
  if (content.length > readLimitFor(options.maxArticleBytes)) {
    return readFailure(
      origin,
      `Line ${line}: ${tooLargeMessage(content.length, options.maxArticleBytes)}`,
    );
  }
  let source: string;
  try {
    source = (typeof content === 'string' ? content : decodeText(content)).trim();
  } catch (error) {
    return readFailure(origin, `Line ${line}: ${toEntenteError(error).message}`);
  }
  if (!source) return null;
  try {
    return toArticleInput(JSON.parse(source), origin);
  } catch (error) {
    return readFailure(
      origin,
      `Line ${line} is not valid JSON (${(error as Error).message}): fix or remove that line; the other lines are read.`,
    );
  }
}

async function startsWithUtf16Bom(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return (
      bytesRead === 2 &&
      ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
    );
  } finally {
    await handle.close();
  }
}

/** UTF-16 files are decoded whole, then split; UTF-8 files are streamed. */
async function* linesOf(path: string): AsyncIterable<{ line: number; content: Buffer | string }> {
  if (await startsWithUtf16Bom(path)) {
    const text = await readWholeFile(path, MAX_JSON_FILE_BYTES);
    yield* text.split(/\r?\n/).map((content, index) => ({ line: index + 1, content }));
    return;
  }
  for await (const { line, bytes } of splitLines(createReadStream(path)))
    yield { line, content: bytes };
}

async function* read(path: string, options: ReadOptions): AsyncIterable<ReadResult> {
  try {
    for await (const { line, content } of linesOf(path)) {
      const result = parseJsonLine(content, `${path}:${line}`, line, options);
      if (result) yield result;
    }
  } catch (error) {
    yield readFailure(path, toEntenteError(error).message);
  }
}

export const jsonLinesReader: ArticleReader = {
  name: 'JSON Lines',
  extensions: ['.jsonl', '.ndjson'],
  manyPerFile: true,
  read,
};
