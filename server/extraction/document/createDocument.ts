/** Prepares an article for recognition: masks boilerplate, splits sentences, tokenizes. */
import type { Knowledge } from '../../knowledge/Knowledge.js';
import { loadKnowledge } from '../../knowledge/loadKnowledge.js';
import { createGazetteer } from '../entities/createGazetteer.js';
import { findDefinitions } from '../entities/findDefinitions.js';
import type { ExtractionOptions } from '../ExtractionOptions.js';
import { maskBoilerplate } from '../text/maskBoilerplate.js';
import { splitSentences } from '../text/splitSentences.js';
import { tokenize } from '../text/tokenize.js';
import type { ArticleDocument, Gazetteers } from './ArticleDocument.js';
import type { Sentence } from './Sentence.js';

let cachedGazetteers: Gazetteers | undefined;

function gazetteersFor(knowledge: Knowledge): Gazetteers {
  if (cachedGazetteers) return cachedGazetteers;
  cachedGazetteers = {
    names: createGazetteer(knowledge.entries),
    contextual: createGazetteer(knowledge.contextual.map((e) => ({ ...e, caseSensitive: false }))),
    titles: createGazetteer(
      knowledge.titles.map((t) => ({
        form: t.title,
        caseSensitive: false,
        kind: 'Official' as const,
        name: t.title,
        ...(t.defaultCountry ? { country: t.defaultCountry } : {}),
      })),
    ),
  };
  return cachedGazetteers;
}

function isWeaponPhrase(knowledge: Knowledge, phrase: string): boolean {
  return phrase.split(' ').some((w) => knowledge.weaponHeadNouns.includes(w));
}

const outletCache = new WeakMap<Knowledge, string[]>();

function outletForms(knowledge: Knowledge): string[] {
  let forms = outletCache.get(knowledge);
  if (!forms) {
    forms = knowledge.entries.filter((e) => e.orgType === 'newsOutlet').map((e) => e.form);
    outletCache.set(knowledge, forms);
  }
  return forms;
}

export function createDocument(text: string, options: ExtractionOptions): ArticleDocument {
  const knowledge = loadKnowledge();
  const diagnostics: ArticleDocument['diagnostics'] = [];
  let readable = text;
  if (text.length > options.maxTextChars) {
    readable = text.slice(0, options.maxTextChars);
    diagnostics.push({
      code: 'TEXT_TRUNCATED',
      message: `Only the first ${options.maxTextChars} characters were read.`,
    });
  }
  const mask = options.stripBoilerplate
    ? maskBoilerplate(readable, outletForms(knowledge))
    : { masked: readable, diagnostics: [] };
  diagnostics.push(...mask.diagnostics);
  const sentences: Sentence[] = splitSentences(mask.masked, options.maxSentenceChars).map(
    (span, index) => ({
      index,
      start: span.start,
      end: span.end,
      tokens: tokenize(mask.masked, span.start, span.end),
      mentions: [],
      covered: [],
    }),
  );
  const gazetteers = gazetteersFor(knowledge);
  return {
    text,
    masked: mask.masked,
    sentences,
    knowledge,
    gazetteers,
    local: createGazetteer(
      findDefinitions(mask.masked, gazetteers.names, (phrase) => isWeaponPhrase(knowledge, phrase)),
    ),
    diagnostics,
  };
}
