/**
 * A kind of weapon keeps the name the article gives it: when every mention of the kind is the
 * same qualified form ("armed drones", "surveillance drones", "defense equipment"), that form is
 * the canonical name; when the article also uses the plain kind or several qualified forms, the
 * plain kind name from the knowledge files stays.
 */
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

function isKind(m: Mention): boolean {
  return m.kind === 'Weapon' && m.name === m.name.toLowerCase() && m.via === 'name';
}

/**
 * The mention's own words with the kind's head noun in its plural ("armed drone" → "armed drones"),
 * or the kind's name when the mention ends in another noun ("technical assistance").
 */
function qualifiedForm(doc: ArticleDocument, m: Mention): string {
  const words = doc.masked.slice(m.start, m.end).toLowerCase().replace(/[’']/g, "'").split(/\s+/);
  const head = m.name.split(' ').at(-1) as string;
  if (words.at(-1)?.replace(/s$/, '') !== head.replace(/s$/, '')) return m.name;
  words[words.length - 1] = head;
  return words.join(' ');
}

export const nameWeaponKinds: EntityRecogniser = {
  name: 'weapon-kind-names',
  recognise(doc) {
    const forms = new Map<string, Set<string>>();
    const mentions = new Map<string, Mention[]>();
    for (const sentence of doc.sentences) {
      for (const m of sentence.mentions) {
        if (!isKind(m)) continue;
        const set = forms.get(m.name) ?? new Set<string>();
        set.add(qualifiedForm(doc, m));
        forms.set(m.name, set);
        const list = mentions.get(m.name) ?? [];
        list.push(m);
        mentions.set(m.name, list);
      }
    }
    for (const [name, set] of forms) {
      const only = set.size === 1 ? [...set][0] : undefined;
      if (!only || only === name || !only.endsWith(name.split(' ').at(-1) as string)) continue;
      if (only.split(' ').length < 2 || !/^[\p{Ll}' -]+$/u.test(only)) continue;
      for (const m of mentions.get(name) ?? []) m.name = only;
    }
  },
};
