/**
 * Composes one wire-style article: a headline, a dateline, relation sentences of every type and
 * status between members of the cast, and noise sentences around them.
 */
import { CLAIM_STATUSES, RELATION_TYPES } from '../../server/domain/kinds.js';
import type { ClaimStatus, RelationType } from '../../server/domain/kinds.js';
import type { CastOfficial } from './createCast.js';
import type { Picker } from './createPicker.js';
import type { Random } from './createRandom.js';
import type { StateName } from './loadStates.js';
import { NOISE_SENTENCES } from './noiseSentences.js';
import { RELATION_TEMPLATES } from './relationTemplates.js';
import type { TemplateSlots } from './relationTemplates.js';
import { MONTHS, NEWS_AGENCIES } from './vocabulary.js';

export interface CastPickers {
  state: Picker<StateName>;
  official: Picker<CastOfficial>;
  organization: Picker<string>;
  weapon: Picker<string>;
}

export interface GeneratedArticle {
  title: string;
  /** ISO date. */
  date: string;
  source: string;
  url: string;
  text: string;
  /** The relation sentences written into the text, for reference. */
  relations: { type: RelationType; status: ClaimStatus }[];
}

const FIRST_YEAR = 2015;
const YEARS = 11;
const WHEN = [
  'on Monday',
  'on Tuesday',
  'on Wednesday',
  'on Thursday',
  'on Friday',
  'last week',
  'last month',
  'earlier this year',
];
/** Asserted claims dominate the news; the rest are rarer. */
const STATUS_WEIGHTS = [6, 2, 1, 1];

export function generateArticle(
  random: Random,
  cast: CastPickers,
  index: number,
): GeneratedArticle {
  const date = toDate(random);
  const home = cast.state();
  const relations = Array.from({ length: random.int(2, 7) }, () => ({
    type: random.pick(RELATION_TYPES),
    status: CLAIM_STATUSES[random.weighted(STATUS_WEIGHTS)] as ClaimStatus,
  }));
  const claims = relations.map(({ type, status }) =>
    random.pick(RELATION_TEMPLATES[type][status])(toSlots(random, cast, type)),
  );
  const noise = Array.from({ length: random.int(6, 16) }, () => toNoise(random, cast));
  const sentences = interleave(random, claims, noise).map(capitalise);
  const source = random.pick(NEWS_AGENCIES);
  const dateline = `${(home.capital ?? home.name).toUpperCase()}, ${toLongDate(date)} (${source}) - `;
  const title = capitalise(`${headline(random, sentences[0] ?? home.name)}`);
  const text = `${title}\n\n${dateline}${toParagraphs(random, sentences)}\n`;
  return {
    title,
    date,
    source,
    url: `https://news.example/${date.slice(0, 4)}/${index}`,
    text,
    relations,
  };
}

function toSlots(random: Random, cast: CastPickers, type: RelationType): TemplateSlots {
  const [a, b] = toParties(random, cast, type);
  const place = cast.state();
  return {
    a,
    b,
    weapon: cast.weapon(),
    when: random.pick(WHEN),
    place: place.capital ?? place.name,
    reporter: random.chance(0.5) ? 'officials' : toOrganization(cast.organization()),
  };
}

function toParties(random: Random, cast: CastPickers, type: RelationType): [string, string] {
  const state = (): string => toStateMention(random, cast.state());
  const org = (): string => toOrganization(cast.organization());
  const official = (): string => toOfficialMention(random, cast.official());
  if (type === 'MEETS') return random.chance(0.6) ? [official(), official()] : [state(), state()];
  if (type === 'CONDEMNS') {
    const critic = random.pick([official, state, state, org]);
    return [critic(), random.chance(0.8) ? state() : org()];
  }
  const party = (): string => (random.chance(0.8) ? state() : org());
  return [party(), party()];
}

function toStateMention(random: Random, state: StateName): string {
  return state.capital && random.chance(0.15) ? state.capital : state.name;
}

function toOfficialMention(random: Random, official: CastOfficial): string {
  const roll = random.next();
  if (roll < 0.5) return `${official.title} ${official.name}`;
  if (roll < 0.8) return `${official.state.name}'s ${official.title} ${official.name}`;
  return `${official.state.demonym} ${official.title} ${official.name}`;
}

/** Multi-word organization names take "the": "the African Union", but "NATO". */
function toOrganization(name: string): string {
  return name.includes(' ') ? `the ${name}` : name;
}

function toNoise(random: Random, cast: CastPickers): string {
  const state = cast.state();
  const template = random.pick(NOISE_SENTENCES);
  return template({
    state: state.name,
    place: state.capital ?? state.name,
    demonym: state.demonym,
    number: random.int(2, 400),
  });
}

function interleave(random: Random, claims: string[], noise: string[]): string[] {
  const out = [...claims];
  for (const sentence of noise) out.splice(random.int(1, out.length), 0, sentence);
  return out;
}

function toParagraphs(random: Random, sentences: string[]): string {
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length;) {
    const size = random.int(1, 3);
    paragraphs.push(sentences.slice(at, at + size).join(' '));
    at += size;
  }
  return paragraphs.join('\n\n');
}

function headline(random: Random, lead: string): string {
  const words = lead.replace(/[.,"]/g, '').split(' ');
  return words.slice(0, Math.min(words.length, random.int(6, 10))).join(' ');
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function toDate(random: Random): string {
  const year = FIRST_YEAR + random.int(0, YEARS - 1);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}
