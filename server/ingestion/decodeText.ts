/**
 * Bytes to text: UTF-8 (a byte order mark is dropped) or UTF-16 with a byte order mark.
 * Binary files and invalid UTF-8 are refused with a reason that says what to do next.
 */
import { EntenteError } from '../errors/EntenteError.js';

/** Magic numbers of binary formats people drop into article folders. */
const BINARY_SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP or RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

const SAVE_AS_TEXT = 'save the article as text (.txt, .md, .html, .json or .jsonl) and ingest that';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if ((bytes.length - 2) % 2 !== 0) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `The file starts with a UTF-16 byte order mark but has an odd number of bytes; it is cut short or not UTF-16: re-save it as UTF-8.`,
    );
  }
  return new TextDecoder(encoding, { fatal: false }).decode(bytes.subarray(2));
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  const [length, min, max] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1] as number;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Text in UTF-16 without a mark: a NUL in every other byte, at even or at odd positions. */
function looksLikeUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  return Math.max(evenNul, oddNul) >= pairs * 0.9 && Math.min(evenNul, oddNul) <= pairs * 0.1;
}

/** Names the binary format when the bytes look binary (a signature, or NUL bytes early on). */
export function sniffBinary(bytes: Uint8Array): string | null {
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return signature.name;
  const head = bytes.subarray(0, 8192);
  if (!head.includes(0)) return null;
  return looksLikeUtf16(head)
    ? 'UTF-16 text without a byte order mark (re-save it as UTF-8)'
    : 'binary data (it contains NUL bytes)';
}

/** Decodes a file's bytes to text; throws BAD_USER_INPUT for binary data or invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const binary = sniffBinary(bytes);
  if (binary) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Not an article: the file is ${binary}; ${SAVE_AS_TEXT}.`,
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    const invalidAt = findInvalidUtf8(bytes);
    throw new EntenteError(
      'BAD_USER_INPUT',
      `Invalid UTF-8 at byte ${invalidAt}: the file is in another encoding (Latin-1 or Windows-1252?); convert it, e.g. \`iconv -f windows-1252 -t utf-8\`, then ingest again.`,
      { cause, location: { start: invalidAt } },
    );
  }
}
