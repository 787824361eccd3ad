/**
 * One article input to a record ready to store: text cleaned and checked (not empty, within the
 * size limit), title and date derived when not given, id from the content hash, key for edits,
 * and the extraction. Throws an EntenteError with a reason; the batch turns it into a failure.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../domain/types.js';
import { toArticleId } from '../domain/ids.js';
import { EntenteError } from '../errors/EntenteError.js';
import { extractArticle } from '../extraction/extractArticle.js';
import type { ArticleRecord } from '../store/GraphStore.js';
import { assertArticleSize } from './assertArticleSize.js';
import { cleanArticleField, cleanArticleText } from './cleanArticleText.js';
import { findDateline } from './metadata/findDateline.js';
import { findHeadline, isCrumbLine } from './metadata/findHeadline.js';
import { toArticleKey } from './metadata/toArticleKey.js';
import { toIsoDate } from './metadata/toIsoDate.js';

export interface PrepareOptions {
  maxArticleBytes: number;
}

function assertText(input: ArticleInput): string {
  if (typeof input.text !== 'string') {
    throw new EntenteError('BAD_USER_INPUT', 'The article has no text: give its text as a string.');
  }
  return input.text;
}

/** Leading crumb lines are dropped from the text when a headline follows them. */
function dropLeadingCrumbs(text: string, headlineLine: number): string {
  if (headlineLine <= 0) return text;
  const lines = text.split('\n');
  const before = lines.slice(0, headlineLine);
  const onlyCrumbs = before.every((line) => !line.trim() || isCrumbLine(line));
  return onlyCrumbs ? lines.slice(headlineLine).join('\n') : text;
}

function normaliseDate(raw: string | null | undefined, text: string): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return findDateline(text);
  const iso = toIsoDate(raw);
  if (iso) return iso;
  throw new EntenteError(
    'BAD_USER_INPUT',
    `The date "${raw}" is not a date: give it as YYYY-MM-DD (or an ISO date-time), or leave it out.`,
  );
}

/** Metadata from the API may be null as well as absent. */

export function prepareArticle(input: ArticleInput, options: PrepareOptions): ArticleRecord {
  const raw = assertText(input);
  assertArticleSize(raw, options.maxArticleBytes);
  const cleaned = cleanArticleText(raw);
  if (!cleaned.trim()) {
    throw new EntenteError(
      'BAD_USER_INPUT',
      'The article is empty (no text, or only whitespace): give it some text, or leave it out.',
    );
  }
  const headline = findHeadline(cleaned);
  const text = dropLeadingCrumbs(cleaned, headline?.line ?? -1);
  const id = toArticleId(text);
  const title = cleanArticleField(input.title) ?? headline?.title ?? id;
  const date = normaliseDate(input.date, text);
  const source = cleanArticleField(input.source);
  const url = cleanArticleField(input.url);
  const contentHash = createHash('sha256').update(text).digest('hex');
  return {
    article: { id, title, date, source, url, contentHash, text },
    key: toArticleKey({ title, source, date, url }),
    extraction: extractArticle(text),
  };
}
