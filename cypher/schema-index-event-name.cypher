CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name)
