/** Checks one JSON value as an article: `text` required; `title`, `date`, `source`, `url` optional strings. */
import { readArticle, readFailure, type ReadResult } from '../ReadResult.js';

const OPTIONAL_FIELDS = ['title', 'date', 'source', 'url'] as const;
const SHAPE =
  'each article is an object like {"text": "...", "title": "...", "date": "2024-05-01", "source": "...", "url": "..."}';

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export function toArticleInput(value: unknown, origin: string): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return readFailure(
      origin,
      `Expected an article object but found ${describe(value)}: ${SHAPE}.`,
    );
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    const found = 'text' in record ? describe(record.text) : 'nothing';
    return readFailure(origin, `The article has no "text" string (found ${found}): ${SHAPE}.`);
  }
  const input: Record<string, string> = { text: record.text, origin };
  for (const field of OPTIONAL_FIELDS) {
    const fieldValue = record[field];
    if (fieldValue === undefined || fieldValue === null || fieldValue === '') continue;
    if (typeof fieldValue !== 'string') {
      return readFailure(
        origin,
        `"${field}" must be a string but is ${describe(fieldValue)}: ${SHAPE}.`,
      );
    }
    input[field] = fieldValue;
  }
  return readArticle(input as { text: string; origin: string });
}
