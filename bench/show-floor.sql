-- The floor of `cmplt show ID`: the complaint, its history and its ratings, read in one
-- snapshot as cmplt reads them, and the settings it shows due dates with.
--   sqlite3 -cmd '.parameter set @id ID' REGISTER < bench/show-floor.sql
.read bench/open-register.sql
SELECT key, value FROM setting;
SELECT day, name FROM holiday ORDER BY day;
BEGIN DEFERRED;
SELECT c.id, c.ref, c.received_at, c.channel, c.category, c.product, c.severity, c.state,
       c.complainant, c.contact, c.description, c.desired_outcome, c.assignee, c.resolution,
       c.upheld, c.outcome, c.root_cause, c.acknowledged_at, c.first_responded_at,
       c.last_responded_at, c.closed_at, c.due_acknowledge_at, c.due_response_at, c.reopened,
       (SELECT group_concat(tag, char(31)) FROM complaint_tag WHERE complaint_id = c.id)
FROM complaint AS c WHERE c.id = @id;
SELECT id, complaint_id, at, actor, kind, from_state, to_state, note, field, old_value, new_value, old_digest,
       new_digest, hash
FROM event WHERE complaint_id = @id ORDER BY at, id;
SELECT id, at, actor, score, nps, effort, comment FROM rating WHERE complaint_id = @id ORDER BY at, id;
SELECT a.rating_id, a.name, a.score FROM rating AS r JOIN rating_attribute AS a ON a.rating_id = r.id
WHERE r.complaint_id = @id ORDER BY r.at, r.id, a.name;
COMMIT;
BEGIN DEFERRED;
SELECT key, value FROM setting;
SELECT day, name FROM holiday ORDER BY day;
COMMIT;
