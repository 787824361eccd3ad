/** A word or punctuation mark of the article, with offsets into the article text. */
export interface Token {
  /** Surface text with typographic apostrophes made plain. */
  text: string;
  /** Lower-case `text`. */
  norm: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Whitespace (or the sentence start) comes right before this token. */
  spaceBefore: boolean;
}
