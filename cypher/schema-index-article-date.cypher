CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)
