// createArticles: stores new articles.
// params: $rows [{id, key, title, date, source, url, contentHash, text}] (date, source, url may be
//   null), packed into one string by the embedded store (server/store/kuzu/packRows.ts)
// returns: nothing
UNWIND string_split($rows, $rowSeparator) AS line
WITH string_split(line, $fieldSeparator) AS f
WITH
  CASE f[1] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[1] END AS id,
  CASE f[2] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[2] END AS key,
  CASE f[3] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[3] END AS title,
  CASE f[4] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[4] END AS date,
  CASE f[5] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[5] END AS source,
  CASE f[6] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[6] END AS url,
  CASE f[7] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[7] END AS contentHash,
  CASE f[8] WHEN $absent THEN NULL WHEN $empty THEN '' ELSE f[8] END AS text
CREATE (:Article {
  id: id,
  key: key,
  title: title,
  date: date,
  source: source,
  url: url,
  contentHash: contentHash,
  text: text
})
