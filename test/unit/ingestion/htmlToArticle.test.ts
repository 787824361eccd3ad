import { htmlToArticle } from '../../../server/ingestion/readers/htmlToArticle.js';

const PAGE = `<!doctype html>
<html><head>
  <title>Egypt mediates talks | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2024-02-10T08:00:00Z">
  <link rel="canonical" href="https://news.example.com/egypt-talks">
  <style>body { color: red } .x::after { content: "STYLE TEXT" }</style>
  <script>var leaked = "SCRIPT TEXT"; document.write('<p>written</p>');</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World NAV TEXT</a></nav>
  <header role="banner">BANNER TEXT</header>
  <article>
    <h1>Egypt   mediates talks between Israel and Hamas</h1>
    <p>CAIRO &ndash; Egypt hosted envoys on Saturday.<br>Qatar joined the talks.</p>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"JSON-LD TEXT"}</script>
    <noscript>NOSCRIPT TEXT</noscript>
    <p>The United States &amp; the UN welcomed the <b>meeting</b>.</p>
    <aside>RELATED TEXT</aside>
  </article>
  <footer>FOOTER TEXT &copy; 2024</footer>
  <script>console.log("SCRIPT TEXT 2")</script>
</body></html>`;

describe('htmlToArticle', () => {
  const article = htmlToArticle(PAGE);

  it('keeps the article prose with paragraph breaks and decoded entities', () => {
    expect(article.text).toBe(
      'Egypt mediates talks between Israel and Hamas\n\nCAIRO – Egypt hosted envoys on Saturday.\n\nQatar joined the talks.\n\nThe United States & the UN welcomed the meeting.',
    );
  });

  it('drops scripts, styles, navigation, banners, asides and footers', () => {
    expect(article.text).not.toMatch(
      /SCRIPT|STYLE|NAV|BANNER|JSON-LD|NOSCRIPT|RELATED|FOOTER|written/,
    );
  });

  it('takes the title from <h1> and metadata from meta tags', () => {
    expect(article).toMatchObject({
      title: 'Egypt mediates talks between Israel and Hamas',
      date: '2024-02-10T08:00:00.000Z',
      source: 'Example News',
      url: 'https://news.example.com/egypt-talks',
    });
  });

  it('falls back to <title> and the whole page when there is no <h1> or <article>', () => {
    const parsed = htmlToArticle(
      '<title>Chile and Peru sign pact</title><p>Chile met Peru.</p><script>x()</script>',
    );
    expect(parsed.title).toBe('Chile and Peru sign pact');
    expect(parsed.text).toBe('Chile met Peru.');
  });

  it('leaves out a page date that cannot be read, and falls back to <time>', () => {
    const odd = htmlToArticle('<meta name="date" content="Tuesday"><p>Text.</p>');
    expect(odd.date).toBeUndefined();
    const timed = htmlToArticle(
      '<meta name="date" content="soon"><time datetime="2023-11-08">Nov 8</time><p>x</p>',
    );
    expect(timed.date).toBe('2023-11-08');
  });

  it('survives broken markup and unclosed scripts', () => {
    const parsed = htmlToArticle('<p>Ghana <b>condemned<p>the attack<script>while(true){}');
    expect(parsed.text).toBe('Ghana condemned\n\nthe attack');
  });
});
