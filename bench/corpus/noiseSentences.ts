/**
 * Sentences that carry no relation: markets, weather, background and quotes, as wire stories
 * are full of them. Each receives a state and a place so that the noise mentions entities too.
 */
export interface NoiseSlots {
  state: string;
  place: string;
  demonym: string;
  number: number;
}

export type NoiseTemplate = (slots: NoiseSlots) => string;

// prettier-ignore
export const NOISE_SENTENCES: NoiseTemplate[] = [
  (s) => `Markets in ${s.place} closed ${s.number % 2 === 0 ? 'higher' : 'lower'} on the day, with the main index moving ${s.number / 10} percent.`,
  (s) => `Heavy rain disrupted traffic across ${s.state} for a third day.`,
  (s) => `The ${s.demonym} economy grew by ${(s.number % 7) + 1} percent last year, official figures show.`,
  () => `Analysts said the talks were unlikely to change the situation on the ground.`,
  () => `The ministry did not immediately respond to a request for comment.`,
  (s) => `About ${s.number * 100} people attended a rally in ${s.place} over the weekend.`,
  () => `"We will keep working for peace and stability in the region," a spokesperson said.`,
  (s) => `${s.state} holds parliamentary elections in ${2000 + (s.number % 30)}.`,
  (s) => `The ${s.demonym} currency weakened against the dollar after the announcement.`,
  () => `The visit comes amid rising tensions in the region, diplomats said.`,
  () => `Officials gave no further details.`,
  (s) => `The football team of ${s.state} won its qualifying match ${s.number % 4} to ${s.number % 3}.`,
  (s) => `Schools in ${s.place} reopened after a two-week closure.`,
  (s) => `The report, which runs to ${s.number} pages, was published on the ministry's website.`,
  () => `Critics say the government has done too little to address rising prices.`,
  (s) => `The statement was carried by state media in ${s.place}.`,
];
