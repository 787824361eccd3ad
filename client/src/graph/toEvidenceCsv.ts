/**
 * Evidence rows → CSV (RFC 4180 quoting). Cells that a spreadsheet would run as a formula get a
 * leading apostrophe.
 */
export interface EvidenceRow {
  relationId: string;
  type: string;
  source: string;
  target: string;
  status: string;
  quote: string;
  articleTitle: string;
  articleDate: string;
  articleSource: string;
  articleUrl: string;
}

const COLUMNS: readonly (keyof EvidenceRow)[] = [
  'relationId',
  'type',
  'source',
  'target',
  'status',
  'quote',
  'articleTitle',
  'articleDate',
  'articleSource',
  'articleUrl',
];

export function toCsvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toEvidenceCsv(rows: readonly EvidenceRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((column) => toCsvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
