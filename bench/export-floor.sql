-- The floor of `cmplt export` (CSV): every complaint by id with the columns of the complaint
-- object, times as RFC 3339 UTC text, tags joined with ';' and overdue judged now, as the
-- sqlite3 shell writes CSV.
.read bench/open-register.sql
SELECT key, value FROM setting;
SELECT day, name FROM holiday ORDER BY day;
.mode csv
.separator "," "\n"
.headers on
BEGIN DEFERRED;
SELECT c.id, c.ref, strftime('%Y-%m-%dT%H:%M:%SZ', c.received_at, 'unixepoch') AS received_at, c.channel,
       c.category, c.product, c.severity, c.state, c.complainant, c.contact, c.description, c.desired_outcome,
       c.assignee, (SELECT group_concat(tag, ';') FROM complaint_tag WHERE complaint_id = c.id) AS tags,
       c.resolution, c.upheld, c.outcome, c.root_cause,
       strftime('%Y-%m-%dT%H:%M:%SZ', c.acknowledged_at, 'unixepoch') AS acknowledged_at,
       strftime('%Y-%m-%dT%H:%M:%SZ', c.first_responded_at, 'unixepoch') AS responded_at,
       strftime('%Y-%m-%dT%H:%M:%SZ', c.closed_at, 'unixepoch') AS closed_at,
       strftime('%Y-%m-%dT%H:%M:%SZ', c.due_acknowledge_at, 'unixepoch') AS due_acknowledge_at,
       strftime('%Y-%m-%dT%H:%M:%SZ', c.due_response_at, 'unixepoch') AS due_response_at,
       CASE WHEN c.state <> 'closed'
             AND ((c.acknowledged_at IS NULL AND c.due_acknowledge_at < unixepoch())
               OR (c.first_responded_at IS NULL AND c.due_response_at < unixepoch()))
            THEN 'true' ELSE 'false' END AS overdue,
       c.reopened
FROM complaint AS c ORDER BY c.id;
COMMIT;
