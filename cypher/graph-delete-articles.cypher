UNWIND $ids AS aid
MATCH (art:Article {id: aid})
DETACH DELETE art
