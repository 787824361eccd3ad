/** HTML pages: text taken with a real parser (see htmlToArticle). */
import { htmlToArticle } from './htmlToArticle.js';
import { singleArticleReader } from './singleArticleReader.js';

export const htmlReader = singleArticleReader('HTML', ['.html', '.htm', '.xhtml'], htmlToArticle);
