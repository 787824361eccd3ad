/** Prints measurements as an aligned table, each target beside its figure with met or MISSED. */
import type { Measurement } from './Measurement.js';
import { judge } from './targets.js';

const HEADER = ['measurement', 'size', 'value', 'unit', 'target', 'verdict'];

export function printTable(
  measurements: readonly Measurement[],
  write: (line: string) => void,
): void {
  const rows = measurements.map(toRow);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 2 || column === 1
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  write(line(HEADER));
  write(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) write(line(row));
}

function toRow(measurement: Measurement): string[] {
  const judged = judge(measurement);
  const name =
    measurement.backend && measurement.backend !== 'embedded'
      ? `${measurement.name} [${measurement.backend}]`
      : measurement.name;
  return [
    name,
    measurement.size.toLocaleString('en-US'),
    formatValue(measurement.value),
    measurement.unit,
    judged?.target.label ?? '',
    judged?.verdict ?? '',
  ];
}

export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
