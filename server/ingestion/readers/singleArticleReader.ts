/** Builds a reader for formats with one article per file (text, Markdown, HTML). */
import type { ArticleMeta } from '../../domain/types.js';
import { toEntenteError } from '../../errors/EntenteError.js';
import { readArticle, readFailure, type ReadResult } from '../ReadResult.js';
import type { ArticleReader, ReadOptions } from './ArticleReader.js';
import { readLimitFor, readWholeFile } from './readWholeFile.js';

export type ParsedArticle = ArticleMeta & { text: string };

export function singleArticleReader(
  name: string,
  extensions: readonly string[],
  parse: (source: string) => ParsedArticle,
): ArticleReader {
  async function* read(path: string, options: ReadOptions): AsyncIterable<ReadResult> {
    try {
      const source = await readWholeFile(path, readLimitFor(options.maxArticleBytes));
      yield readArticle({ ...parse(source), origin: path });
    } catch (error) {
      yield readFailure(path, toEntenteError(error).message);
    }
  }
  return { name, extensions, manyPerFile: false, read };
}
