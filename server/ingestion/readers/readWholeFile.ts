/** Reads and decodes a whole file, refusing one far above the article size limit without reading it. */
import { readFile, stat } from 'node:fs/promises';
import { EntenteError } from '../../errors/EntenteError.js';
import { decodeText } from '../decodeText.js';
import { tooLargeMessage } from '../assertArticleSize.js';

/** Files up to this many times the article limit are read (markup and UTF-16 take room). */
const READ_FACTOR = 4;
/** JSON documents are parsed whole; above this, JSON Lines is the way. */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

export async function readWholeFile(
  path: string,
  maxBytes: number,
  hint?: string,
): Promise<string> {
  const { size } = await stat(path);
  if (size > maxBytes) {
    throw new EntenteError(
      'PAYLOAD_TOO_LARGE',
      hint ?? tooLargeMessage(size, maxBytes / READ_FACTOR),
    );
  }
  return decodeText(await readFile(path));
}

export function readLimitFor(maxArticleBytes: number): number {
  return maxArticleBytes * READ_FACTOR;
}
