/** Simple `key: value` front matter at the top of a Markdown file (YAML subset). */
import type { ArticleMeta } from '../../domain/types.js';

const FIELDS = ['title', 'date', 'source', 'url'] as const;

export interface FrontMatter {
  meta: ArticleMeta;
  /** The text after the front matter. */
  body: string;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] as string) : trimmed;
}

export function splitFrontMatter(source: string): FrontMatter {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) return { meta: {}, body: source };
  const meta: ArticleMeta = {};
  for (const line of (match[1] as string).split('\n')) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
    const key = pair?.[1]?.toLowerCase();
    const field = FIELDS.find((candidate) => candidate === key);
    if (field && pair?.[2]) meta[field] = unquote(pair[2]);
  }
  return { meta, body: source.slice(match[0].length) };
}
