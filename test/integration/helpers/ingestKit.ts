/** Shared pieces of the ingestion integration tests: temporary folders, the CLI, whole-article checks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toClaimId, toRelationId } from '../../../server/domain/ids.js';
import type { Claim } from '../../../server/domain/types.js';
import type { ArticleRecord, GraphStore } from '../../../server/store/GraphStore.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SAMPLES_DIR = path.join(ROOT, 'examples/articles');
const CLI = path.join(ROOT, 'server/cli/ingest.ts');

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `entente-${prefix}-`));
}

/** The environment of a CLI child: the test's own, minus Jest's Node options, plus `extra`. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  delete env.NEO4J_URI;
  return env;
}

/** Starts the ingest command itself (node + tsx, no npm wrapper, so a signal reaches it). */
export function startIngestCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function waitForExit(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function runIngestCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return waitForExit(startIngestCli(args, env));
}

/** The claim ids an article should have in the store: one per relation and evidence span. */
export function expectedClaimIds(record: ArticleRecord): string[] {
  const ids = record.extraction.relations.flatMap((relation) => {
    const relationId = toRelationId(relation.type, relation.source, relation.target);
    return relation.source === relation.target
      ? []
      : relation.evidence.map((evidence) =>
          toClaimId(relationId, record.article.id, evidence.start, evidence.end),
        );
  });
  return [...new Set(ids)].sort();
}

/** Every article id in the store, page by page. */
export async function allArticleIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listArticles({ first: 100, after });
    ids.push(...page.items.map((item) => item.id));
    if (!page.hasNextPage || !page.endCursor) return ids;
    after = page.endCursor;
  }
}

/**
 * The claim ids stored for each article, read back through the store interface: the claims of the
 * relations its extraction names, kept when they belong to the article. With the store's total
 * claim count (stats) this shows an article holds all of its claims and nothing else.
 */
export async function storedClaimIds(
  store: GraphStore,
  records: ArticleRecord[],
): Promise<Map<string, string[]>> {
  const relationIds = [
    ...new Set(
      records.flatMap((record) =>
        record.extraction.relations.map((relation) =>
          toRelationId(relation.type, relation.source, relation.target),
        ),
      ),
    ),
  ];
  const claims = relationIds.length
    ? await store.claimsOf(relationIds)
    : new Map<string, Claim[]>();
  const byArticle = new Map<string, Set<string>>(
    records.map((record) => [record.article.id, new Set()]),
  );
  for (const list of claims.values()) {
    for (const claim of list) byArticle.get(claim.articleId)?.add(claim.id);
  }
  return new Map([...byArticle].map(([id, set]) => [id, [...set].sort()]));
}
