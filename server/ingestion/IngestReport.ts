/** What a batch ingest reports: one entry per article, failures as values, never a throw. */
export type ArticleOutcomeStatus = 'stored' | 'unchanged' | 'replaced' | 'failed';

export interface ArticleOutcome {
  /** Position in the batch, from 0. */
  index: number;
  /** Where the article came from: a path, `path:line` for JSON Lines, or `request[3]`. */
  origin: string;
  status: ArticleOutcomeStatus;
  articleId: string | null;
  title: string | null;
  claims: number;
  /** Why it failed, saying what to do next; only when status is `failed`. */
  reason?: string;
}

/** A file passed over while walking a folder (not an article format); not a failure. */
export interface SkippedFile {
  origin: string;
  reason: string;
}

export interface IngestReport {
  outcomes: ArticleOutcome[];
  /** Files in folders that are not articles; absent when none were walked. */
  skipped?: SkippedFile[];
  stored: number;
  replaced: number;
  unchanged: number;
  failed: number;
  claims: number;
  seconds: number;
}
