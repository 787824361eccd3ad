// createArticles: stores new articles.
// params: $rows [{id, key, title, date, source, url, contentHash, text}] (date, source, url may be
//   null; every row has every key)
// returns: nothing
UNWIND $rows AS row
CREATE (:Article {
  id: row.id,
  key: row.key,
  title: row.title,
  date: row.date,
  source: row.source,
  url: row.url,
  contentHash: row.contentHash,
  text: row.text
})
