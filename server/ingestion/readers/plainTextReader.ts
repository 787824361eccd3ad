/** Plain text: the file is the article; title and date are derived later from its lines. */
import { singleArticleReader } from './singleArticleReader.js';

export const plainTextReader = singleArticleReader('text', ['.txt', '.text'], (source) => ({
  text: source,
}));
