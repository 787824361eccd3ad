/**
 * Files to read from the paths given: files as named, folders walked recursively (sorted, hidden
 * entries skipped). A named file of an unknown type is read as plain text (binary data is refused
 * there); in folders, files of other types are skipped and listed.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { readFailure, type ReadResult } from './ReadResult.js';
import type { ArticleReader } from './readers/ArticleReader.js';
import { ARTICLE_READERS, findReader, supportedExtensions } from './readers/articleReaders.js';
import { plainTextReader } from './readers/plainTextReader.js';

export interface ArticleFile {
  path: string;
  reader: ArticleReader;
  bytes: number;
}

export interface ArticleFileList {
  files: ArticleFile[];
  /** Missing paths (failures) and files of other types found in folders (skipped). */
  notes: ReadResult[];
}

interface Walk {
  list: ArticleFileList;
  seen: Set<string>;
  readers: readonly ArticleReader[];
}

function describeError(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `No such file or folder: ${target}. Check the path.`;
  if (code === 'EACCES' || code === 'EPERM')
    return `Permission denied reading ${target}: grant read access or run as its owner.`;
  return `Cannot read ${target}: ${(error as Error).message}`;
}

async function addFile(walk: Walk, file: string, bytes: number, named: boolean): Promise<void> {
  const reader = findReader(file, walk.readers) ?? (named ? plainTextReader : undefined);
  if (reader) {
    walk.list.files.push({ path: file, reader, bytes });
    return;
  }
  const reason = `Skipped: not an article format (${path.extname(file) || 'no extension'}); articles are ${supportedExtensions(walk.readers).join(', ')}.`;
  walk.list.notes.push({ kind: 'skipped', origin: file, reason });
}

async function visit(walk: Walk, target: string, named: boolean): Promise<void> {
  try {
    const real = await realpath(target);
    if (walk.seen.has(real)) return;
    walk.seen.add(real);
    const info = await stat(real);
    if (info.isFile()) return await addFile(walk, target, info.size, named);
    if (!info.isDirectory()) return;
    const entries = (await readdir(target)).filter((name) => !name.startsWith('.')).sort();
    for (const name of entries) await visit(walk, path.join(target, name), false);
  } catch (error) {
    walk.list.notes.push(readFailure(target, describeError(error, target)));
  }
}

export async function listArticleFiles(
  paths: string[],
  readers: readonly ArticleReader[] = ARTICLE_READERS,
): Promise<ArticleFileList> {
  const walk: Walk = { list: { files: [], notes: [] }, seen: new Set(), readers };
  for (const target of paths) await visit(walk, target, true);
  return walk.list;
}
