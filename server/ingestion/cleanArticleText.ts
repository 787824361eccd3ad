/**
 * Text hygiene before extraction and storage: newlines unified, control characters and
 * zero-width marks dropped, lines trimmed at the end, runs of blank lines shortened, and trailing
 * wire-service tags removed. Offsets of evidence point into the cleaned text, which is what is stored.
 */

/** Whole lines at the end of an article that are feed furniture, not prose. */
const TRAILING_JUNK: readonly RegExp[] = [
  /^tag\S*binary_\S*$/i, // Reuters feed tag, e.g. "tagreuters.com2023binary_LYNX…-VIEWIMAGE"
  /^\S*(?:VIEWIMAGE|-BASEIMAGE)\S*$/,
];

function dropTrailingJunk(lines: string[]): string[] {
  const kept = [...lines];
  for (;;) {
    while (kept.length && !kept[kept.length - 1]?.trim()) kept.pop();
    const last = kept[kept.length - 1]?.trim() ?? '';
    if (!last || !TRAILING_JUNK.some((pattern) => pattern.test(last))) return kept;
    kept.pop();
  }
}

// Control characters other than tab and newline, and invisible format characters.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u200E\u200F\uFEFF]/g;

/** A one-line field (title, source, url): invisible characters gone, blanks folded, null when empty. */
export function cleanArticleField(value: string | null | undefined): string | null {
  return value?.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim() || null;
}

export function cleanArticleText(raw: string): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ');
  const lines = text.split('\n').map((line) => line.replace(/[ \t]+$/, ''));
  return dropTrailingJunk(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+/, '');
}
