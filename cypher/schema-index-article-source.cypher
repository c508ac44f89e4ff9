CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source)
