UNWIND $ids AS aid
MATCH (a:Article {id: aid})
RETURN a.id AS id, a.extractor AS extractor
