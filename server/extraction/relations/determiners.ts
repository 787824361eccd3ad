/**
 * Words that open a noun phrase. Rules use them to tell a trigger used as a noun ("the supply of")
 * from one used as a verb, and to skip to the head of a phrase. Each rule adds its own words.
 */
export const ARTICLES_AND_POSSESSIVES: readonly string[] = [
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
];

export const DETERMINERS: readonly string[] = [
  ...ARTICLES_AND_POSSESSIVES,
  'our',
  'this',
  'that',
  'these',
  'those',
  'both',
  'all',
];
