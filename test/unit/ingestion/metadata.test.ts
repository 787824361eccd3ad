import { findHeadline, isCrumbLine } from '../../../server/ingestion/metadata/findHeadline.js';
import { findDateline } from '../../../server/ingestion/metadata/findDateline.js';
import { toIsoDate } from '../../../server/ingestion/metadata/toIsoDate.js';
import { normaliseUrl, toArticleKey } from '../../../server/ingestion/metadata/toArticleKey.js';

describe('findHeadline', () => {
  it('passes over a category crumb line when a clearer headline follows', () => {
    const text =
      'Asia Global News News South Korea United States\n\nU.S., South Korea Close Ranks on Common Global Issues During Blinken Visit\n\nSEOUL–The United States and South Korea closed ranks.';
    expect(findHeadline(text)).toEqual({
      title: 'U.S., South Korea Close Ranks on Common Global Issues During Blinken Visit',
      line: 2,
    });
  });

  it('takes the first line when it is the headline, skipping bylines after it', () => {
    const text =
      'Blinken visits South Korea as North Korea, Russia deepen ties\n\nBy Soo-hyang Choi\n\nSEOUL (Reuters) -U.S. Secretary...';
    expect(findHeadline(text)?.title).toBe(
      'Blinken visits South Korea as North Korea, Russia deepen ties',
    );
  });

  it('passes over breadcrumb trails and a leading byline', () => {
    expect(
      findHeadline(
        'Home > World > Africa\nBy Jane Doe\nKenya and Ethiopia sign a border accord\nNAIROBI –',
      )?.title,
    ).toBe('Kenya and Ethiopia sign a border accord');
  });

  it('shortens the first sentence when the article starts with prose', () => {
    const text = `${'Germany said on Tuesday it would send more air-defence systems to Ukraine after a wave of strikes on power plants across the country. '.repeat(3)}`;
    const headline = findHeadline(text);
    expect(headline?.line).toBe(-1);
    expect(headline?.title.length).toBeLessThanOrEqual(120);
    expect(headline?.title).toMatch(/^Germany said on Tuesday/);
  });

  it('tells crumbs from title-case headlines', () => {
    expect(isCrumbLine('World News Europe')).toBe(true);
    expect(isCrumbLine('Politics Politics')).toBe(true);
    expect(isCrumbLine('France Condemns Coup in Niger')).toBe(false);
    expect(isCrumbLine('Iran Supplies Drones to Russia, Officials Say')).toBe(false);
    expect(isCrumbLine('North Korea')).toBe(false);
  });
});

describe('findDateline', () => {
  it.each([
    ['SEOUL, Nov. 8, 2023 (Reuters) - North Korea ...', '2023-11-08'],
    ['WASHINGTON, March 3, 2024 — The United States ...', '2024-03-03'],
    ['Published 14 February 2022\n\nKYIV – ...', '2022-02-14'],
    ['Updated: 2021-06-30T10:00:00Z\nLONDON –', '2021-06-30'],
  ])('reads %j', (text, expected) => {
    expect(findDateline(text)).toBe(expected);
  });

  it('needs a year and a real day, and looks only near the top', () => {
    expect(findDateline('SEOUL, Nov 8 (Reuters) - no year here')).toBeNull();
    expect(findDateline('CAIRO, Feb. 30, 2024 – no such day')).toBeNull();
    expect(findDateline(`${'x '.repeat(400)} on March 3, 2024`)).toBeNull();
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T12:30:00Z', '2024-05-01T12:30:00.000Z'],
    ['2024-05-01T12:30:00', '2024-05-01'],
    ['May 1, 2024', '2024-05-01'],
  ])('normalises %j', (raw, expected) => {
    expect(toIsoDate(raw)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(toIsoDate('last Tuesday')).toBeNull();
    expect(toIsoDate('2024-13-01')).toBeNull();
    expect(toIsoDate('2024-02-30T00:00:00Z')).toBeNull();
  });
});

describe('toArticleKey', () => {
  it('uses the url when known, without fragment, tracking parameters or trailing slash', () => {
    expect(normaliseUrl('HTTPS://News.Example.com/a/b/?utm_source=x&id=3#top')).toBe(
      'https://news.example.com/a/b?id=3',
    );
    expect(
      toArticleKey({ title: 'T', source: null, date: null, url: 'https://example.com/x/' }),
    ).toBe('url:https://example.com/x');
  });

  it('else folds title, source and day', () => {
    const a = toArticleKey({
      title: 'Niger’s Junta Meets  ECOWAS',
      source: 'Wire',
      date: '2024-01-02T10:00:00.000Z',
      url: null,
    });
    const b = toArticleKey({
      title: 'niger s junta meets ecowas',
      source: 'WIRE',
      date: '2024-01-02',
      url: null,
    });
    expect(a).toBe(b);
    expect(
      toArticleKey({ title: 'Other', source: 'Wire', date: '2024-01-02', url: null }),
    ).not.toBe(a);
  });
});
