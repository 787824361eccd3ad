/**
 * Contextual short forms ("the North", "the reclusive state"): they name a State only when that
 * State is already named elsewhere in the article by a full name.
 */
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import { addMention } from '../../document/Sentence.js';
import type { Token } from '../../text/Token.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

function namedStates(doc: ArticleDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.mentions) if (m.kind === 'State' && !m.weak) names.add(m.name);
  return names;
}

/** "the North" needs its capital letter; "the reclusive state" is all lower case. */
function caseFits(form: string, tokens: readonly Token[]): boolean {
  const words = form.split(/\s+/);
  return words.every((w, i) => !/^\p{Lu}/u.test(w) || tokens[i]?.upper === true);
}

export const recogniseContextualForms: EntityRecogniser = {
  name: 'contextual',
  recognise(doc) {
    const named = namedStates(doc);
    if (named.size === 0) return;
    for (const sentence of doc.sentences) {
      const tokens = sentence.tokens;
      for (let i = 0; i < tokens.length; i += 1) {
        if (sentence.covered[i]) continue;
        const match = doc.gazetteers.contextual.longestAt(tokens, i);
        if (!match || !named.has(match.entry.name)) continue;
        if (!caseFits(match.entry.form, tokens.slice(i, match.end))) continue;
        if (tokens[match.end]?.upper && tokens[match.end]?.spaceBefore) continue;
        const first = tokens[i] as Token;
        const last = tokens[match.end - 1] as Token;
        addMention(sentence, {
          kind: 'State',
          name: match.entry.name,
          surface: '',
          start: first.start,
          end: last.end,
          tokenStart: i,
          tokenEnd: match.end,
          via: 'contextual',
        });
        i = match.end - 1;
      }
    }
  },
};
