/** Reads articles from files and folders, one result at a time: articles, failures and skipped files. */
import type { ReadResult } from './ReadResult.js';
import type { ReadOptions } from './readers/ArticleReader.js';
import { listArticleFiles, type ArticleFileList } from './listArticleFiles.js';

export interface ReadArticlesOptions extends ReadOptions {
  /** Files already listed (by listArticleFiles), to avoid walking the folders twice. */
  listed?: ArticleFileList;
}

export async function* readArticles(
  paths: string[],
  options: ReadArticlesOptions,
): AsyncIterable<ReadResult> {
  const listed = options.listed ?? (await listArticleFiles(paths));
  yield* listed.notes;
  for (const file of listed.files) yield* file.reader.read(file.path, options);
}
