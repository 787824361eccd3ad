/**
 * The identity of a story across edits: its url when known, else its normalised
 * title|source|date. A re-ingested article with new text but the same key replaces the old one.
 */
import { toNameKey } from '../../domain/ids.js';

const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/** Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash. */
export function normaliseUrl(raw: string): string {
  try {
    const url = new URL(raw.trim());
    url.hash = '';
    for (const name of [...url.searchParams.keys()])
      if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
    url.searchParams.sort();
    if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
    return url.toString().replace(/\/$/, '');
  } catch {
    return raw.trim();
  }
}

export interface KeyParts {
  title: string;
  source: string | null;
  date: string | null;
  url: string | null;
}

export function toArticleKey(parts: KeyParts): string {
  if (parts.url) return `url:${normaliseUrl(parts.url)}`;
  const day = parts.date?.slice(0, 10) ?? '';
  return `meta:${toNameKey(parts.title)}|${toNameKey(parts.source ?? '')}|${day}`;
}
