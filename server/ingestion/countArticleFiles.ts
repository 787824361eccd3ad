/** How many articles the listed files hold, for progress: one per file, one per JSON Lines line. */
import { createReadStream } from 'node:fs';
import type { ArticleFileList } from './listArticleFiles.js';
import { jsonLinesReader } from './readers/jsonLinesReader.js';

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
      last = chunk[chunk.length - 1] ?? last;
    }
  } catch {
    return 1;
  }
  return lines + (last === 10 ? 0 : 1);
}

export async function countArticleFiles(listed: ArticleFileList): Promise<number> {
  let total = 0;
  for (const file of listed.files)
    total += file.reader === jsonLinesReader ? await countLines(file.path) : 1;
  return total;
}
