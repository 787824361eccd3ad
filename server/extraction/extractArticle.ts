/**
 * The extractor: article text in, entities and typed relations with evidence out. Pure and
 * synchronous; never throws — bad input gives an empty or partial result and diagnostics.
 */
import type { Diagnostic, Extraction } from '../domain/types.js';
import type { ArticleDocument } from './document/ArticleDocument.js';
import { createDocument } from './document/createDocument.js';
import { sortMentions } from './document/Sentence.js';
import { buildEntities } from './entities/buildEntities.js';
import { ENTITY_RECOGNISERS } from './entities/entityRecognisers.js';
import type { ExtractionOptions } from './ExtractionOptions.js';
import { toExtractionOptions } from './ExtractionOptions.js';
import { extractRelations } from './relations/extractRelations.js';

function recogniseEntities(doc: ArticleDocument): void {
  for (const recogniser of ENTITY_RECOGNISERS) {
    recogniser.recognise(doc);
    for (const sentence of doc.sentences) sortMentions(sentence);
  }
}

function inputDiagnostics(text: string, doc: ArticleDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (doc.sentences.length === 0)
    out.push({ code: 'NO_SENTENCES', message: 'No readable sentences were found in the text.' });
  const letters = (text.slice(0, 20_000).match(/\p{L}/gu) ?? []).length;
  const latin = (text.slice(0, 20_000).match(/\p{Script=Latin}/gu) ?? []).length;
  if (letters > 50 && latin / letters < 0.5) {
    out.push({
      code: 'NOT_ENGLISH',
      message: 'The text is mostly not in Latin script; the extractor reads English news only.',
    });
  }
  // eslint-disable-next-line no-control-regex -- looking for binary junk on purpose
  const controls = (text.slice(0, 20_000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? [])
    .length;
  if (controls > 0)
    out.push({
      code: 'BINARY_CONTENT',
      message: `The text holds ${controls} control or replacement characters; is it a binary file?`,
    });
  return out;
}

export function extractArticle(text: string, options?: Partial<ExtractionOptions>): Extraction {
  if (typeof text !== 'string' || text.trim() === '') {
    return {
      entities: [],
      relations: [],
      diagnostics: [{ code: 'EMPTY_TEXT', message: 'The article has no text.' }],
    };
  }
  try {
    const settings = toExtractionOptions(options);
    const doc = createDocument(text, settings);
    recogniseEntities(doc);
    const entities = buildEntities(doc);
    const relations = extractRelations(doc, entities, settings);
    return {
      entities,
      relations,
      diagnostics: [...doc.diagnostics, ...inputDiagnostics(text, doc)],
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      entities: [],
      relations: [],
      diagnostics: [{ code: 'EXTRACTION_FAILED', message: `Extraction stopped: ${message}` }],
    };
  }
}
