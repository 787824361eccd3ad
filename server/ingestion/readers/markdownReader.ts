/** Markdown: the prose without markup; the title from the first `#` heading or front matter. */
import { splitFrontMatter } from './frontMatter.js';
import { singleArticleReader, type ParsedArticle } from './singleArticleReader.js';

/** Inline markup, replaced in order (images before links, strong before emphasis). */
const INLINE_RULES: readonly [RegExp, string][] = [
  [/!\[([^\]]*)\]\([^)]*\)/g, ''],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/`([^`]+)`/g, '$1'],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*/g, '$1$2'],
  [/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?![\w])/g, '$1$2'],
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'],
  [/<\/?[A-Za-z][^>]*>/g, ''],
];

/** Block markers removed from the start of a line. */
const LINE_RULES: readonly [RegExp, string][] = [
  [/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1'],
  [/^\s{0,3}>\s?/, ''],
  [/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, ''],
];

const DROPPED_LINE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|\[[^\]]+\]:\s+\S+.*|=+|-+)\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function inlineToText(line: string): string {
  return INLINE_RULES.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    line,
  );
}

function lineToText(line: string): string {
  return inlineToText(
    LINE_RULES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), line),
  );
}

/** Text of the first level-one heading (ATX `# x` or setext `x\n===`), else of any heading. */
export function findMarkdownTitle(lines: string[]): string | undefined {
  const atx = (level: string) =>
    lines.find((line) => new RegExp(`^\\s{0,3}${level}\\s+\\S`).test(line));
  const setext = lines.findIndex(
    (line, i) => i > 0 && /^\s{0,3}=+\s*$/.test(line) && lines[i - 1]?.trim(),
  );
  const heading = atx('#') ?? (setext > 0 ? lines[setext - 1] : undefined) ?? atx('#{2,6}');
  return heading === undefined ? undefined : lineToText(heading).trim() || undefined;
}

export function markdownToText(body: string): string {
  const kept: string[] = [];
  let inFence = false;
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence && !DROPPED_LINE.test(line)) kept.push(lineToText(line));
  }
  return kept.join('\n');
}

export function parseMarkdown(source: string): ParsedArticle {
  const { meta, body } = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  const title = meta.title ?? findMarkdownTitle(body.split('\n'));
  return { ...meta, ...(title ? { title } : {}), text: markdownToText(body) };
}

export const markdownReader = singleArticleReader('Markdown', ['.md', '.markdown'], parseMarkdown);
