/**
 * HTML to an article with a real parser (htmlparser2): scripts, styles, navigation, footers and
 * asides dropped; the text of <article> (else <main>, else the whole page) kept with its paragraph
 * breaks; title from <h1>, og:title or <title>; date, url and source from meta tags when present.
 */
import { Parser } from 'htmlparser2';
import type { ArticleMeta } from '../../domain/types.js';
import { toIsoDate } from '../metadata/toIsoDate.js';
import type { ParsedArticle } from './singleArticleReader.js';

/** Elements whose whole content is not article text. */
const DROPPED = new Set(
  'title script style noscript template svg math iframe object canvas nav footer aside form button select textarea figure head'.split(
    ' ',
  ),
);
/** ARIA roles that mark page furniture. */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** Elements that start a new paragraph of text. */
const BLOCKS = new Set(
  'p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr br hr figcaption address body'.split(
    ' ',
  ),
);
/** Meta tags (property or name, lower case) giving metadata, in order of preference. */
const META_FIELDS: Record<keyof ArticleMeta, readonly string[]> = {
  title: ['og:title', 'twitter:title'],
  date: [
    'article:published_time',
    'datepublished',
    'date',
    'pubdate',
    'dc.date',
    'og:published_time',
  ],
  source: ['og:site_name', 'publisher', 'dc.publisher'],
  url: ['og:url'],
};
const REGIONS = ['article', 'main'] as const;
const COUNTED = ['article', 'main', 'title', 'h1'] as const;
type Counted = (typeof COUNTED)[number];

interface Collected {
  text: Record<'article' | 'main' | 'page', string[]>;
  meta: Map<string, string>;
  title: string;
  h1: string;
  canonical?: string;
  time?: string;
}

function isDropped(name: string, attribs: Record<string, string>): boolean {
  return (
    DROPPED.has(name) ||
    DROPPED_ROLES.has((attribs.role ?? '').toLowerCase()) ||
    'hidden' in attribs
  );
}

function recordTag(out: Collected, name: string, attribs: Record<string, string>): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
  if (name === 'meta' && key && attribs.content && !out.meta.has(key))
    out.meta.set(key, attribs.content.trim());
  if (name === 'link' && /\bcanonical\b/i.test(attribs.rel ?? '') && attribs.href)
    out.canonical ??= attribs.href;
  if (name === 'time' && attribs.datetime) out.time ??= attribs.datetime;
}

function collect(html: string): Collected {
  const out: Collected = {
    text: { article: [], main: [], page: [] },
    meta: new Map(),
    title: '',
    h1: '',
  };
  const dropStack: boolean[] = [];
  const depth: Record<Counted, number> = { article: 0, main: 0, title: 0, h1: 0 };
  let h1Done = false;
  const push = (piece: string) => {
    if (depth.title > 0) out.title += piece;
    if (dropStack[dropStack.length - 1]) return;
    if (depth.h1 > 0 && !h1Done) out.h1 += piece;
    out.text.page.push(piece);
    for (const region of REGIONS) if (depth[region] > 0) out.text[region].push(piece);
  };
  const count = (name: string, by: number) => {
    if ((COUNTED as readonly string[]).includes(name)) depth[name as Counted] += by;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        recordTag(out, name, attribs);
        dropStack.push((dropStack[dropStack.length - 1] ?? false) || isDropped(name, attribs));
        count(name, 1);
        if (BLOCKS.has(name)) push('\n\n');
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) push('\n\n');
        count(name, -1);
        if (name === 'h1' && out.h1.trim()) h1Done = true;
        dropStack.pop();
      },
      ontext: push,
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Joins text pieces: spaces collapsed inside paragraphs, one blank line between paragraphs. */
function toParagraphs(pieces: string[]): string {
  return pieces
    .join('')
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean)
    .join('\n\n');
}

function pickMeta(out: Collected, field: keyof ArticleMeta): string | undefined {
  const found = META_FIELDS[field].map((key) => out.meta.get(key)).find(Boolean);
  return found ? collapse(found) : undefined;
}

export function htmlToArticle(html: string): ParsedArticle {
  const out = collect(html);
  const text = toParagraphs(
    out.text.article.length
      ? out.text.article
      : out.text.main.length
        ? out.text.main
        : out.text.page,
  );
  const title = collapse(out.h1) || pickMeta(out, 'title') || collapse(out.title) || undefined;
  // Dates in pages are the page's, not the user's: one that cannot be read is left out.
  const date = [pickMeta(out, 'date'), out.time].map((raw) => raw && toIsoDate(raw)).find(Boolean);
  const url = out.canonical ?? pickMeta(out, 'url');
  const source = pickMeta(out, 'source');
  return {
    text,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(source ? { source } : {}),
  };
}
