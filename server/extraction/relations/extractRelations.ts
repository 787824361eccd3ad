import type { ExtractedEntity, ExtractedRelation } from '../../domain/types.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { ExtractionOptions } from '../ExtractionOptions.js';

export function extractRelations(
  _doc: ArticleDocument,
  _entities: ExtractedEntity[],
  _options: ExtractionOptions,
): ExtractedRelation[] {
  return [];
}
