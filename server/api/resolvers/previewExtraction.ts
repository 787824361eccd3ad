import { EntenteError } from '../../errors/EntenteError.js';
import { extractArticle } from '../../extraction/extractArticle.js';

/** What the extractor draws from a text, in the schema's Preview shape; nothing is stored. */
export function previewExtraction(text: string, maxBytes: number) {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new EntenteError(
      'PAYLOAD_TOO_LARGE',
      `The text is ${bytes} bytes; the most is ${maxBytes} (ENTENTE_MAX_ARTICLE_BYTES). Split it.`,
    );
  }
  const extraction = extractArticle(text);
  return {
    entities: extraction.entities.map((entity) => ({
      ...entity,
      affiliation: entity.affiliation ?? null,
    })),
    relations: extraction.relations.map((relation) => ({
      ...relation,
      sentence: relation.evidence[0]?.sentence ?? '',
    })),
    diagnostics: extraction.diagnostics.map(
      (diagnostic) => `${diagnostic.code}: ${diagnostic.message}`,
    ),
  };
}
