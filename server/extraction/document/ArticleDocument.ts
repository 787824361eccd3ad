import type { Diagnostic } from '../../domain/types.js';
import type { Knowledge } from '../../knowledge/Knowledge.js';
import type { Gazetteer } from '../entities/createGazetteer.js';
import type { Sentence } from './Sentence.js';

/** The working state of one extraction: the original and masked text, sentences, knowledge. */
export interface ArticleDocument {
  text: string;
  masked: string;
  sentences: Sentence[];
  knowledge: Knowledge;
  gazetteers: Gazetteers;
  /** Names the article defines itself ("Syrian National Army (SNA)"). */
  local: Gazetteer;
  diagnostics: Diagnostic[];
}

export interface Gazetteers {
  names: Gazetteer;
  contextual: Gazetteer;
  titles: Gazetteer;
}
