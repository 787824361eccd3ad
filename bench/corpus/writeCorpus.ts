/**
 * Writes a generated corpus to a folder as the ingest command reads it: most articles as plain
 * `.txt` files (headline on the first line), the rest as JSON Lines files with their metadata.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedArticle } from './generateArticle.js';
import { generateCorpus } from './generateCorpus.js';
import type { CorpusOptions } from './generateCorpus.js';

export interface WriteCorpusOptions extends CorpusOptions {
  /** Every n-th article goes to a JSON Lines file instead of its own `.txt` file. */
  jsonlEvery: number;
  /** Lines per JSON Lines file. */
  jsonlLinesPerFile: number;
}

export const WRITE_DEFAULTS = {
  jsonlEvery: 5, // a fifth of the corpus as JSON Lines, the rest as text files
  jsonlLinesPerFile: 500,
};

export interface WrittenCorpus {
  dir: string;
  articles: number;
  words: number;
  relationSentences: number;
  files: number;
}

export async function writeCorpus(
  dir: string,
  options: Partial<WriteCorpusOptions> = {},
): Promise<WrittenCorpus> {
  const settings = { ...WRITE_DEFAULTS, ...options };
  await mkdir(dir, { recursive: true });
  const written: WrittenCorpus = { dir, articles: 0, words: 0, relationSentences: 0, files: 0 };
  let lines: string[] = [];
  const flushLines = async (): Promise<void> => {
    if (lines.length === 0) return;
    await writeFile(
      path.join(dir, `batch-${String(written.files).padStart(5, '0')}.jsonl`),
      `${lines.join('\n')}\n`,
    );
    written.files += 1;
    lines = [];
  };
  for (const article of generateCorpus(options)) {
    if (written.articles % settings.jsonlEvery === settings.jsonlEvery - 1)
      lines.push(toJsonLine(article));
    else await writeTextFile(dir, article, written);
    if (lines.length >= settings.jsonlLinesPerFile) await flushLines();
    count(written, article);
  }
  await flushLines();
  return written;
}

async function writeTextFile(
  dir: string,
  article: GeneratedArticle,
  written: WrittenCorpus,
): Promise<void> {
  const name = `${article.date}-${String(written.articles).padStart(6, '0')}.txt`;
  await writeFile(path.join(dir, name), article.text);
  written.files += 1;
}

function toJsonLine(article: GeneratedArticle): string {
  const { title, date, source, url, text } = article;
  return JSON.stringify({ title, date, source, url, text });
}

function count(written: WrittenCorpus, article: GeneratedArticle): void {
  written.articles += 1;
  written.words += countWords(article.text);
  written.relationSentences += article.relations.length;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
