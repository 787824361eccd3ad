import { parseMarkdown } from '../../../server/ingestion/readers/markdownReader.js';

describe('parseMarkdown', () => {
  it('takes the title from the first # heading and the text without markup', () => {
    const parsed = parseMarkdown(
      [
        '## Asia',
        '',
        '# Japan and India agree to **deepen** defence ties',
        '',
        'TOKYO – Prime Minister *Fumio Kishida* met [Narendra Modi](https://example.com/modi) on Monday.',
        '',
        '![photo](x.png)',
        '- Japan will supply `radar` systems',
        '> “We stand together,” Kishida said.',
        '',
        '```',
        'console.log("code is not prose")',
        '```',
        '---',
      ].join('\n'),
    );
    expect(parsed.title).toBe('Japan and India agree to deepen defence ties');
    expect(parsed.text).toContain(
      'TOKYO – Prime Minister Fumio Kishida met Narendra Modi on Monday.',
    );
    expect(parsed.text).toContain('Japan will supply radar systems');
    expect(parsed.text).toContain('“We stand together,” Kishida said.');
    expect(parsed.text).not.toMatch(/[*#`![\]]|console\.log|x\.png/);
  });

  it('reads title, date, source and url from front matter', () => {
    const parsed = parseMarkdown(
      '---\ntitle: "Brazil condemns coup"\ndate: 2024-03-01\nsource: Wire\nurl: https://example.com/a\n---\n# Other heading\nBrazil condemned the coup.',
    );
    expect(parsed).toMatchObject({
      title: 'Brazil condemns coup',
      date: '2024-03-01',
      source: 'Wire',
      url: 'https://example.com/a',
    });
    expect(parsed.text).not.toContain('title:');
  });

  it('accepts a setext heading and keeps snake_case words intact', () => {
    const parsed = parseMarkdown(
      'Kenya hosts summit\n==================\n\nThe file_name stays, _emphasis_ goes.',
    );
    expect(parsed.title).toBe('Kenya hosts summit');
    expect(parsed.text).toContain('The file_name stays, emphasis goes.');
  });
});
