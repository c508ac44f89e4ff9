// Tests only: the projection's stamp removed, so api-co-attendees answers from the events.
MATCH (g:GraphVersion {id: 'graph'})
SET g.coAttendance = null
