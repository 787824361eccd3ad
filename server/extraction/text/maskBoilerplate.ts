/**
 * Text hygiene that keeps offsets: everything that is not article prose (HTML tags, category
 * crumbs, bylines, datelines, wire credits and tags) is overwritten with spaces, so the masked
 * text has the same length as the original and every offset stays valid against it.
 */
import type { Diagnostic } from '../../domain/types.js';

export interface MaskResult {
  masked: string;
  diagnostics: Diagnostic[];
}

interface Line {
  text: string;
  start: number;
}

const SECTION_WORDS = new Set(
  'news world asia global politics business home europe americas africa opinion sections latest top stories middle east pacific national international video live us uk'.split(
    ' ',
  ),
);
const BYLINE = /^\s*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|,))*\s*$/u;
const CREDIT_LINE =
  /^\s*\(?\s*(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited|Produced) by\b/i;
const SOURCE_LINE = /^\s*(?:Source|Sources|Photo|Image|Credit)\s*:\s*\S.{0,80}$/i;
const RIGHTS_LINE = /Trust Principles|All rights reserved|©|Copyright \d{4}/i;
const TAG_LINE = /^\s*\S{16,}\s*$/;
const DATELINE =
  /^(\s*\p{Lu}[\p{Lu} .'’,-]{2,40}?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s*)(?=\p{Lu}|["“‘'])/u;
const CREDIT_PARENS = /\((?:Reporting|Additional reporting|Writing|Editing)[^)]*\)/g;
const TAG = /<\/?[A-Za-z!][^<>]{0,500}>/g;

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n') chars[i] = ' ';
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

function isCrumbLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 3 || /[.,:;!?"“”]/.test(line)) return false;
  if (words.some((w) => /^\p{Ll}/u.test(w))) return false;
  return /[›»|>]/.test(line) || words.some((w) => SECTION_WORDS.has(w.toLowerCase()));
}

function isJunkLine(line: Line, isLast: boolean): boolean {
  const t = line.text;
  if (BYLINE.test(t) && t.length < 100) return true;
  if (CREDIT_LINE.test(t) || RIGHTS_LINE.test(t)) return true;
  if (isLast && (SOURCE_LINE.test(t) || TAG_LINE.test(t))) return true;
  return false;
}

function outletCredit(outlets: readonly string[]): RegExp | null {
  if (outlets.length === 0) return null;
  const names = outlets.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\((?:${names})\\)`, 'g');
}

function maskPattern(chars: string[], text: string, pattern: RegExp | null): number {
  if (!pattern) return 0;
  let count = 0;
  for (const m of text.matchAll(pattern)) {
    blank(chars, m.index ?? 0, (m.index ?? 0) + m[0].length);
    count += 1;
  }
  return count;
}

function maskLines(chars: string[], text: string): number {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  let count = 0;
  lines.forEach((line, i) => {
    const first = i === 0 && lines.length > 1 && isCrumbLine(line.text);
    if (first || isJunkLine(line, i >= lines.length - 2)) {
      blank(chars, line.start, line.start + line.text.length);
      count += 1;
      return;
    }
    const dateline = DATELINE.exec(line.text);
    if (dateline?.[1] && /\p{Lu}{3}/u.test(dateline[1]))
      blank(chars, line.start, line.start + dateline[1].length);
  });
  return count;
}

/** Masks non-prose parts of `text`; `outlets` are news-outlet names to drop from credits. */
export function maskBoilerplate(text: string, outlets: readonly string[] = []): MaskResult {
  const chars = Array.from({ length: text.length }, (_, i) => text[i] ?? ' ');
  const tags = maskPattern(chars, text, TAG);
  maskPattern(chars, text, CREDIT_PARENS);
  maskPattern(chars, text, outletCredit(outlets));
  const lines = maskLines(chars, chars.join(''));
  const diagnostics: Diagnostic[] = [];
  if (tags > 0) diagnostics.push({ code: 'HTML_STRIPPED', message: `Ignored ${tags} HTML tags.` });
  if (lines > 0)
    diagnostics.push({
      code: 'BOILERPLATE_STRIPPED',
      message: `Ignored ${lines} lines of crumbs, bylines or wire tags.`,
    });
  return { masked: chars.join(''), diagnostics };
}
