// createArticleKeyIndex: finds the stored version of an edited story by its key.
// params: none
// returns: nothing
CREATE INDEX article_key IF NOT EXISTS FOR (a:Article) ON (a.key)
