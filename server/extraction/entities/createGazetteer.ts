/**
 * A token trie over surface forms: finds the longest known form starting at a token in time
 * proportional to the form's length. Case-sensitive forms match surface text, the others match
 * lower-case text.
 */
import type { GazetteerEntry } from '../../knowledge/Knowledge.js';
import { tokenize } from '../text/tokenize.js';
import type { Token } from '../text/Token.js';

interface Node {
  next: Map<string, Node>;
  entry?: GazetteerEntry;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Exclusive token index. */
  end: number;
}

export interface Gazetteer {
  longestAt(tokens: readonly Token[], start: number): GazetteerMatch | undefined;
}

const ROLE_RANK: Record<string, number> = {
  capital: 1,
  'plural-demonym': 2,
  demonym: 3,
  contextual: 4,
};

function rank(entry: GazetteerEntry): number {
  return entry.role ? (ROLE_RANK[entry.role] ?? 5) : 0;
}

function keyOf(token: Token, caseSensitive: boolean): string {
  return caseSensitive ? token.text : token.norm;
}

/** Hyphens and spaces are interchangeable inside forms only where the text has them. */
function insert(root: Node, entry: GazetteerEntry): void {
  const tokens = tokenize(entry.form);
  if (tokens.length === 0) return;
  let node = root;
  for (const token of tokens) {
    const key = keyOf(token, entry.caseSensitive);
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map() };
      node.next.set(key, child);
    }
    node = child;
  }
  if (!node.entry || rank(entry) < rank(node.entry)) node.entry = entry;
}

function walk(
  root: Node,
  tokens: readonly Token[],
  start: number,
  caseSensitive: boolean,
): GazetteerMatch | undefined {
  let node: Node | undefined = root;
  let best: GazetteerMatch | undefined;
  for (let i = start; i < tokens.length && node; i += 1) {
    const token = tokens[i] as Token;
    if (
      i > start &&
      !token.spaceBefore &&
      /^[\p{L}\p{N}]/u.test(token.text) &&
      /[\p{L}\p{N}]$/u.test(tokens[i - 1]?.text ?? '')
    )
      break;
    node = node.next.get(keyOf(token, caseSensitive));
    if (node?.entry) best = { entry: node.entry, end: i + 1 };
  }
  return best;
}

export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const exact: Node = { next: new Map() };
  const folded: Node = { next: new Map() };
  for (const entry of entries) insert(entry.caseSensitive ? exact : folded, entry);
  return {
    longestAt(tokens, start) {
      const a = walk(exact, tokens, start, true);
      const b = walk(folded, tokens, start, false);
      if (!a) return b;
      if (!b) return a;
      return b.end > a.end ? b : a;
    },
  };
}
