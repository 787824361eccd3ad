/** Finds relation triggers (verbs and nominal forms from the trigger lexicon) in a sentence. */
import type { RelationType } from '../../domain/kinds.js';
import { isRelationType } from '../../domain/kinds.js';
import type { Knowledge, TriggerEntry } from '../../knowledge/Knowledge.js';
import type { Sentence } from '../document/Sentence.js';

export interface Trigger {
  type: RelationType;
  pos: 'verb' | 'noun';
  lemma: string;
  roles: TriggerEntry['roles'];
  weak: boolean;
  /** Token range of the trigger. */
  start: number;
  end: number;
}

interface TriggerForm {
  words: string[];
  type: RelationType;
  pos: 'verb' | 'noun';
  entry: TriggerEntry;
}

let cachedIndex: Map<string, TriggerForm[]> | undefined;
let cachedFor: Knowledge | undefined;

function buildIndex(knowledge: Knowledge): Map<string, TriggerForm[]> {
  if (cachedIndex && cachedFor === knowledge) return cachedIndex;
  const index = new Map<string, TriggerForm[]>();
  for (const [type, triggers] of Object.entries(knowledge.triggers)) {
    if (!isRelationType(type)) continue;
    const add = (pos: 'verb' | 'noun') => (entry: TriggerEntry) => {
      for (const form of entry.forms) {
        const words = form.toLowerCase().split(/\s+/);
        const list = index.get(words[0] as string) ?? [];
        list.push({ words, type, pos, entry });
        index.set(words[0] as string, list);
      }
    };
    triggers.verbs.forEach(add('verb'));
    triggers.nouns.forEach(add('noun'));
  }
  cachedIndex = index;
  cachedFor = knowledge;
  return index;
}

function fits(sentence: Sentence, i: number, words: string[]): boolean {
  return words.every((w, k) => sentence.tokens[i + k]?.norm === w);
}

export function findTriggers(sentence: Sentence, knowledge: Knowledge): Trigger[] {
  const index = buildIndex(knowledge);
  const found: Trigger[] = [];
  sentence.tokens.forEach((token, i) => {
    const covering = sentence.covered[i];
    if (covering && covering.kind !== 'Weapon') return;
    const best = new Map<string, TriggerForm>();
    for (const form of index.get(token.norm) ?? []) {
      if (!fits(sentence, i, form.words)) continue;
      const key = `${form.type}|${form.pos}`;
      const prior = best.get(key);
      if (!prior || prior.words.length < form.words.length) best.set(key, form);
    }
    for (const form of best.values()) {
      found.push({
        type: form.type,
        pos: form.pos,
        lemma: form.entry.lemma,
        roles: form.entry.roles,
        weak: form.entry.weak === true,
        start: i,
        end: i + form.words.length,
      });
    }
  });
  return found;
}
