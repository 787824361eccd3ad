/** What reading files yields: an article to ingest, a failure with its reason, or a skipped file. */
import type { ArticleInput } from '../domain/types.js';

export interface ReadArticle {
  kind: 'article';
  input: ArticleInput & { origin: string };
}

export interface ReadFailure {
  kind: 'failure';
  /** A path, or `path:line` for JSON Lines, or `path[3]` for a JSON array element. */
  origin: string;
  /** What went wrong and what to do next. */
  reason: string;
}

export interface ReadSkip {
  kind: 'skipped';
  origin: string;
  reason: string;
}

export type ReadResult = ReadArticle | ReadFailure | ReadSkip;

export function readFailure(origin: string, reason: string): ReadFailure {
  return { kind: 'failure', origin, reason };
}

export function readArticle(input: ArticleInput & { origin: string }): ReadArticle {
  return { kind: 'article', input };
}
