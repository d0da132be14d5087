-- The floor of `cmplt list --overdue`: the SELECT cmplt runs, from the sqlite3 shell; overdue is
-- judged at the time it runs, as cmplt judges it.
.read bench/open-register.sql
SELECT key, value FROM setting;
SELECT day, name FROM holiday ORDER BY day;
BEGIN DEFERRED;
SELECT c.id, c.ref, c.received_at, c.channel, c.category, c.product, c.severity, c.state,
       c.complainant, c.contact, c.description, c.desired_outcome, c.assignee, c.resolution,
       c.upheld, c.outcome, c.root_cause, c.acknowledged_at, c.first_responded_at,
       c.last_responded_at, c.closed_at, c.due_acknowledge_at, c.due_response_at, c.reopened,
       (SELECT group_concat(tag, char(31)) FROM complaint_tag WHERE complaint_id = c.id)
FROM complaint AS c INDEXED BY complaint_open
WHERE c.state <> 'closed'
  AND ((c.acknowledged_at IS NULL AND c.due_acknowledge_at < unixepoch())
    OR (c.first_responded_at IS NULL AND c.due_response_at < unixepoch()))
ORDER BY c.id;
COMMIT;
