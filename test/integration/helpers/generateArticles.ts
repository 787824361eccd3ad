/**
 * Wire-style articles for ingestion tests: a headline, a dated dateline and sentences joining
 * country names with relation verbs. Deterministic for a seed; every article's text is distinct.
 */
const STATES = [
  'France',
  'Germany',
  'Japan',
  'India',
  'Brazil',
  'Kenya',
  'Egypt',
  'Turkey',
  'Poland',
  'Canada',
  'Mexico',
  'Chile',
  'Peru',
  'Nigeria',
  'Ghana',
  'Ethiopia',
  'Vietnam',
  'Indonesia',
  'Australia',
  'Norway',
  'Sweden',
  'Finland',
  'Spain',
  'Italy',
  'Greece',
  'Iran',
  'Iraq',
  'Syria',
  'Israel',
  'Jordan',
  'Qatar',
  'Pakistan',
  'China',
  'Russia',
  'Ukraine',
  'North Korea',
  'South Korea',
];
const CITIES = [
  'PARIS',
  'BERLIN',
  'TOKYO',
  'NAIROBI',
  'CAIRO',
  'ANKARA',
  'WARSAW',
  'OTTAWA',
  'LIMA',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SENTENCES: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `${a} supplied artillery shells to ${b}, officials said.`,
  (a, b) => `${a} condemned ${b} over the attack on the border post.`,
  (a, b) => `The leaders of ${a} and ${b} met in the capital on Tuesday.`,
  (a, b) => `${a} delivered drones and ammunition to ${b} last month.`,
  (a, b) => `${a} strongly condemned the missile launch by ${b}.`,
  (a, b) => `${a} and ${b} signed a defence pact and pledged to remain close allies.`,
  (a, b) => `The foreign minister of ${a} met her counterpart from ${b} in Geneva.`,
];

/** Small seeded generator (mulberry32). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  /** File name, e.g. `article-0007.txt`. */
  name: string;
  text: string;
}

export function generateArticles(count: number, seed = 1): GeneratedArticle[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pair = (): [string, string] => {
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    return [a, b];
  };
  return Array.from({ length: count }, (_, index) => {
    const [a, b] = pair();
    const day = 1 + Math.floor(random() * 28);
    const dateline = `${pick(CITIES)}, ${pick(MONTHS)} ${day}, 2024 (Wire) –`;
    const sentences = Array.from({ length: 4 + Math.floor(random() * 6) }, () =>
      pick(SENTENCES)(...pair()),
    );
    const body = `${dateline} ${pick(SENTENCES)(a, b)} ${sentences.join(' ')} This is report number ${index + 1} of the series.`;
    const text = `${a} and ${b} in focus as talks resume (${index + 1})\n\n${body}\n`;
    return { name: `article-${String(index + 1).padStart(4, '0')}.txt`, text };
  });
}
