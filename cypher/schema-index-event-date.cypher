CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)
