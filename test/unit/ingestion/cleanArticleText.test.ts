import { cleanArticleText } from '../../../server/ingestion/cleanArticleText.js';
import { assertArticleSize } from '../../../server/ingestion/assertArticleSize.js';
import { EntenteError } from '../../../server/errors/EntenteError.js';

describe('cleanArticleText', () => {
  it('unifies newlines, trims line ends, shortens blank runs and drops control characters', () => {
    expect(
      cleanArticleText('\uFEFF\r\n  Title  \r\n\r\n\r\n\r\nBody\u0007 text\u200B.\t \rEnd'),
    ).toBe('Title\n\nBody text.\nEnd');
  });

  it('drops a trailing wire-service tag line', () => {
    const text = 'Editing by Ed Davies\n\ntagreuters.com2023binary_LYNXMPEJA701H-VIEWIMAGE\n';
    expect(cleanArticleText(text)).toBe('Editing by Ed Davies');
  });

  it('keeps ordinary last lines', () => {
    expect(cleanArticleText('Body.\n\nSource : TheAsahiShimbun')).toBe(
      'Body.\n\nSource : TheAsahiShimbun',
    );
  });
});

describe('assertArticleSize', () => {
  it('accepts an article at the limit and refuses one above it, saying the limit and how to raise it', () => {
    expect(() => assertArticleSize('é'.repeat(512), 1024)).not.toThrow();
    let caught: unknown;
    try {
      assertArticleSize('é'.repeat(513), 1024);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EntenteError);
    expect((caught as EntenteError).code).toBe('PAYLOAD_TOO_LARGE');
    expect((caught as Error).message).toMatch(/1,026 bytes, above the limit of 1,024 bytes/);
    expect((caught as Error).message).toMatch(/ENTENTE_MAX_ARTICLE_BYTES/);
  });
});
