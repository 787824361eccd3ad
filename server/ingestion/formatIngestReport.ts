/** The summary printed at the end of an ingest: counts, then each failure with where and why. */
import type { IngestReport } from './IngestReport.js';

const number = (value: number): string => value.toLocaleString('en-US');

export interface FormatReportOptions {
  /** Most failures listed one by one; the rest are counted. */
  maxListed?: number;
  /** List skipped files too. */
  listSkipped?: boolean;
}

export function formatIngestReport(
  report: IngestReport,
  options: FormatReportOptions = {},
): string {
  const { maxListed = 200, listSkipped = true } = options;
  const articles = report.stored + report.replaced + report.unchanged;
  const rate = report.seconds > 0 ? articles / report.seconds : 0;
  const lines = [
    `Ingest finished in ${report.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s): ` +
      `${number(report.stored)} stored, ${number(report.replaced)} replaced, ${number(report.unchanged)} unchanged, ` +
      `${number(report.failed)} failed; ${number(report.claims)} claims.`,
  ];
  const failures = report.outcomes.filter((outcome) => outcome.status === 'failed');
  if (failures.length) lines.push('', 'Failed:');
  for (const failure of failures.slice(0, maxListed))
    lines.push(`  ${failure.origin}: ${failure.reason ?? 'unknown reason'}`);
  if (failures.length > maxListed)
    lines.push(`  … and ${number(failures.length - maxListed)} more (use --json for all).`);
  const skipped = report.skipped ?? [];
  if (skipped.length && listSkipped) {
    lines.push(
      '',
      `Skipped ${number(skipped.length)} file${skipped.length === 1 ? '' : 's'} of other types:`,
    );
    for (const file of skipped.slice(0, maxListed)) lines.push(`  ${file.origin}`);
  }
  return `${lines.join('\n')}\n`;
}
