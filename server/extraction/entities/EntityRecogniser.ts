import type { ArticleDocument } from '../document/ArticleDocument.js';

/** One small unit of entity recognition: adds mentions to the document's sentences. */
export interface EntityRecogniser {
  name: string;
  recognise(doc: ArticleDocument): void;
}
