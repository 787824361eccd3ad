/** The article size limit (config.maxArticleBytes, env ENTENTE_MAX_ARTICLE_BYTES). */
import { EntenteError } from '../errors/EntenteError.js';

const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB (${bytes.toLocaleString('en-US')} bytes)`
    : `${bytes.toLocaleString('en-US')} bytes`;

export function tooLargeMessage(bytes: number, limit: number): string {
  return (
    `Article too large: ${formatBytes(bytes)}, above the limit of ${formatBytes(Math.floor(limit))}. ` +
    `Split it into several articles, or raise the limit with ENTENTE_MAX_ARTICLE_BYTES ` +
    `(e.g. ENTENTE_MAX_ARTICLE_BYTES=${Math.ceil((bytes * 2) / 1024 / 1024) * 1024 * 1024}).`
  );
}

/** Throws PAYLOAD_TOO_LARGE when the text's UTF-8 size is above the limit. */
export function assertArticleSize(text: string, maxArticleBytes: number): void {
  // Cheap bound first: a UTF-8 char is at most 3 bytes per UTF-16 code unit.
  if (text.length * 3 <= maxArticleBytes) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxArticleBytes) {
    throw new EntenteError('PAYLOAD_TOO_LARGE', tooLargeMessage(bytes, maxArticleBytes));
  }
}
