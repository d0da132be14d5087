-- The floor of `cmplt advance ID` (one step, received -> acknowledged): the statements cmplt runs,
-- in one transaction, from the sqlite3 shell. bench/run.sh times `cmplt advance ID` against
--   sqlite3 -cmd '.parameter set @id ID2' REGISTER < bench/advance-floor.sql
-- on a scratch copy of the register, each run with another complaint in state received. Like
-- cmplt, it rewrites the whole complaint row.
.read bench/open-register.sql
BEGIN IMMEDIATE;
SELECT c.id, c.ref, c.received_at, c.channel, c.category, c.product, c.severity, c.state,
       c.complainant, c.contact, c.description, c.desired_outcome, c.assignee, c.resolution,
       c.upheld, c.outcome, c.root_cause, c.acknowledged_at, c.first_responded_at,
       c.last_responded_at, c.closed_at, c.due_acknowledge_at, c.due_response_at, c.reopened,
       (SELECT group_concat(tag, char(31)) FROM complaint_tag WHERE complaint_id = c.id)
FROM complaint AS c WHERE c.id = @id;
SELECT max(at) FROM event WHERE complaint_id = @id AND to_state IS NOT NULL;
SELECT id, hash FROM event ORDER BY id DESC LIMIT 1;
INSERT INTO event (complaint_id, at, actor, kind, from_state, to_state, note, field, old_value, new_value,
                   old_digest, new_digest, hash, id)
SELECT @id, unixepoch(), 'bench', 'move', 'received', 'acknowledged', NULL, NULL, NULL, NULL, NULL, NULL,
       lower(hex(sha3(head.hash || char(10) || @id || char(10) || unixepoch() || char(10) || 'move', 256))), head.id + 1
FROM (SELECT id, hash FROM event ORDER BY id DESC LIMIT 1) AS head;
UPDATE complaint
SET (ref, received_at, channel, category, product, severity, state, complainant, contact, description,
     desired_outcome, assignee, resolution, upheld, outcome, root_cause, acknowledged_at, first_responded_at,
     last_responded_at, closed_at, due_acknowledge_at, due_response_at, reopened)
  = (ref, received_at, channel, category, product, severity, 'acknowledged', complainant, contact, description,
     desired_outcome, assignee, resolution, upheld, outcome, root_cause, unixepoch(), first_responded_at,
     last_responded_at, closed_at, due_acknowledge_at, due_response_at, reopened)
WHERE id = @id;
COMMIT;
