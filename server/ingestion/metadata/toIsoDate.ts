/** Dates to ISO (YYYY-MM-DD, or the full date-time when one is given with a zone). */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** An ISO date for a valid year, month and day, else null (no 31 February). */
export function toIsoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 1800 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** Normalises a date given as metadata; null when it cannot be read as a date. */
export function toIsoDate(raw: string): string | null {
  const text = raw.trim();
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoDay) return toIsoDay(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]));
  const isoTime = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (isoTime && !toIsoDay(Number(isoTime[1]), Number(isoTime[2]), Number(isoTime[3]))) return null;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return null;
  if (isoTime && /(?:Z|[+-]\d{2}:?\d{2})$/.test(text)) return new Date(parsed).toISOString();
  if (isoTime) return `${isoTime[1]}-${isoTime[2]}-${isoTime[3]}`;
  const date = new Date(parsed);
  return toIsoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
