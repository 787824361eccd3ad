/** A reader turns one file into articles; readers are registered by file name ending. */
import type { ReadResult } from '../ReadResult.js';

export interface ReadOptions {
  /** Articles larger than this (UTF-8 bytes) are refused; files far larger are not even read. */
  maxArticleBytes: number;
}

export interface ArticleReader {
  /** A short name for messages, e.g. `HTML`. */
  name: string;
  /** Lower-case file name endings this reader takes, with the dot: `['.html', '.htm']`. */
  extensions: readonly string[];
  /** True when one file holds many articles (its size is not checked against the article limit). */
  manyPerFile: boolean;
  read(path: string, options: ReadOptions): AsyncIterable<ReadResult>;
}
