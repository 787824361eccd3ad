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

type Range = [number, number];

/** Blanks the ranges (keeping newlines) so every offset still points at the same place. */
function blankRanges(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
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

const creditCache = new WeakMap<readonly string[], RegExp | null>();

function outletCredit(outlets: readonly string[]): RegExp | null {
  if (creditCache.has(outlets)) return creditCache.get(outlets) ?? null;
  const names = outlets.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = outlets.length === 0 ? null : new RegExp(`\\((?:${names})\\)`, 'g');
  creditCache.set(outlets, pattern);
  return pattern;
}

function patternRanges(text: string, pattern: RegExp | null, ranges: Range[]): number {
  if (!pattern) return 0;
  let count = 0;
  for (const m of text.matchAll(pattern)) {
    ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    count += 1;
  }
  return count;
}

function lineRanges(text: string, ranges: Range[]): number {
  const lines = splitLines(text).filter((l) => l.text.trim() !== '');
  let count = 0;
  lines.forEach((line, i) => {
    const first = i === 0 && lines.length > 1 && isCrumbLine(line.text);
    if (first || isJunkLine(line, i >= lines.length - 2)) {
      ranges.push([line.start, line.start + line.text.length]);
      count += 1;
      return;
    }
    const dateline = DATELINE.exec(line.text);
    if (dateline?.[1] && /\p{Lu}{3}/u.test(dateline[1]))
      ranges.push([line.start, line.start + dateline[1].length]);
  });
  return count;
}

/** Masks non-prose parts of `text`; `outlets` are news-outlet names to drop from credits. */
export function maskBoilerplate(text: string, outlets: readonly string[] = []): MaskResult {
  const first: Range[] = [];
  const tags = patternRanges(text, TAG, first);
  patternRanges(text, CREDIT_PARENS, first);
  patternRanges(text, outletCredit(outlets), first);
  const cleaned = blankRanges(text, first);
  const second: Range[] = [];
  const lines = lineRanges(cleaned, second);
  const diagnostics: Diagnostic[] = [];
  if (tags > 0) diagnostics.push({ code: 'HTML_STRIPPED', message: `Ignored ${tags} HTML tags.` });
  if (lines > 0)
    diagnostics.push({
      code: 'BOILERPLATE_STRIPPED',
      message: `Ignored ${lines} lines of crumbs, bylines or wire tags.`,
    });
  return { masked: blankRanges(cleaned, second), diagnostics };
}
