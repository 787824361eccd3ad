/** The readers, by file name ending. Add a format by adding a reader to this list. */
import type { ArticleReader } from './ArticleReader.js';
import { htmlReader } from './htmlReader.js';
import { jsonLinesReader } from './jsonLinesReader.js';
import { jsonReader } from './jsonReader.js';
import { markdownReader } from './markdownReader.js';
import { plainTextReader } from './plainTextReader.js';

export const ARTICLE_READERS: readonly ArticleReader[] = [
  plainTextReader,
  markdownReader,
  htmlReader,
  jsonReader,
  jsonLinesReader,
];

/** The reader for a file name, by its ending (case-insensitive), or undefined. */
export function findReader(fileName: string, readers = ARTICLE_READERS): ArticleReader | undefined {
  const lower = fileName.toLowerCase();
  return readers.find((reader) => reader.extensions.some((extension) => lower.endsWith(extension)));
}

export function supportedExtensions(readers = ARTICLE_READERS): string[] {
  return readers.flatMap((reader) => [...reader.extensions]);
}
