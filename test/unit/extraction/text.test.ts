import { maskBoilerplate } from '../../../server/extraction/text/maskBoilerplate.js';
import { splitSentences } from '../../../server/extraction/text/splitSentences.js';
import { tokenize } from '../../../server/extraction/text/tokenize.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps "U.S. Secretary", "Nov. 18" and "Oct. 7" inside one sentence', () => {
    const text =
      'U.S. Secretary of State Antony Blinken arrived on Nov. 18 after the Oct. 7 attack. He left.';
    expect(sentencesOf(text)).toEqual([
      'U.S. Secretary of State Antony Blinken arrived on Nov. 18 after the Oct. 7 attack.',
      'He left.',
    ]);
  });

  it('splits after "U.S." when a new sentence starts', () => {
    expect(sentencesOf('The line is held by the U.S. The talks ended.')).toHaveLength(2);
  });

  it('treats a headline line as its own sentence and joins a wrapped line', () => {
    const text = 'Blinken visits Seoul\n\nThe visit was\nlong and tense.';
    expect(sentencesOf(text)).toEqual(['Blinken visits Seoul', 'The visit was\nlong and tense.']);
  });

  it('cuts an over-long sentence into pieces of bounded size', () => {
    const text = 'word '.repeat(1000);
    const spans = splitSentences(text, 300);
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(300);
  });
});

describe('tokenize', () => {
  it('keeps initialisms, splits possessives and hyphens, and reports offsets into the text', () => {
    const text = 'The U.S.-South Korea’s Hwasong-17';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      '-',
      'South',
      'Korea',
      "'s",
      'Hwasong',
      '-',
      '17',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end).replace(/’/g, "'")).toBe(t.text);
  });
});

describe('maskBoilerplate', () => {
  it('blanks crumbs, bylines, datelines, credits and wire tags without moving offsets', () => {
    const text = [
      'Asia Global News News South Korea United States',
      '',
      'Headline here',
      '',
      'By Soo-hyang Choi',
      '',
      'SEOUL (Reuters) -U.S. officials met.',
      '',
      '(Reporting by Soo-hyang Choi; Editing by Ed Davies)',
      '',
      'tagreuters.com2023binary_LYNXMPEJA701H-VIEWIMAGE',
    ].join('\n');
    const { masked } = maskBoilerplate(text, ['Reuters']);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/Asia Global|Choi|Reuters|tagreuters|SEOUL/);
    expect(masked).toContain('Headline here');
    expect(masked).toContain('U.S. officials met.');
    expect(masked.indexOf('U.S. officials')).toBe(text.indexOf('U.S. officials'));
  });

  it('strips HTML tags and a trailing "Source :" credit', () => {
    const text = '<p>Russia condemned it.</p>\nSource : TheAsahiShimbun';
    const { masked } = maskBoilerplate(text);
    expect(masked.trim()).toBe('Russia condemned it.');
  });
});
