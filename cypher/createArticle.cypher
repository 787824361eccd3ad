// createArticle: stores one article node.
// params: $id, $key, $title, $date (ISO string or null), $source, $url, $contentHash, $text
// returns: nothing
CREATE (:Article {
  id: $id,
  key: $key,
  title: $title,
  date: $date,
  source: $source,
  url: $url,
  contentHash: $contentHash,
  text: $text
})
