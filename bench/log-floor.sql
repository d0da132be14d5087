-- The floor of `cmplt log`: the statements cmplt runs to record one complaint (with a ref and a
-- tag), in one transaction, from the sqlite3 shell. bench/run.sh times
--   cmplt log 'Charged twice for order 5521' --channel email --category billing --severity medium \
--       --complainant 'Ana Silva' --contact ana@example.com --ref BENCH-LOG-C1 --tag bench
-- against `sqlite3 -cmd '.parameter set @n 1' REGISTER < bench/log-floor.sql` (the reference is
-- BENCH-LOG-F1), on a scratch copy of the register; each run gives a new number.
-- The due dates are those of the default targets (1 day, 10 days for medium); the event's hash
-- links to the previous one like cmplt's SHA-256 chain, with the shell's sha3() in its place.
.read bench/open-register.sql
BEGIN IMMEDIATE;
SELECT id FROM complaint WHERE ref = 'BENCH-LOG-F' || @n;
SELECT key, value FROM setting;
SELECT day, name FROM holiday ORDER BY day;
INSERT INTO complaint (ref, received_at, channel, category, product, severity, state, complainant, contact,
                       description, desired_outcome, assignee, resolution, upheld, outcome, root_cause,
                       acknowledged_at, first_responded_at, last_responded_at, closed_at, due_acknowledge_at,
                       due_response_at, reopened)
VALUES ('BENCH-LOG-F' || @n, unixepoch(), 'email', 'billing', NULL, 'medium', 'received', 'Ana Silva', 'ana@example.com',
        'Charged twice for order 5521', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        unixepoch() + 86400, unixepoch() + 864000, 0);
DELETE FROM complaint_tag WHERE complaint_id = last_insert_rowid();
INSERT INTO complaint_tag (complaint_id, tag) VALUES (last_insert_rowid(), 'bench');
SELECT id, hash FROM event ORDER BY id DESC LIMIT 1;
INSERT INTO event (complaint_id, at, actor, kind, from_state, to_state, note, field, old_value, new_value,
                   old_digest, new_digest, hash, id)
SELECT c.id, c.received_at, 'bench', 'create', NULL, 'received', NULL, NULL, NULL, NULL, NULL, NULL,
       lower(hex(sha3(coalesce(head.hash, '') || char(10) || c.id || char(10) || c.received_at || char(10) || 'create', 256))),
       coalesce(head.id, 0) + 1
FROM complaint AS c LEFT JOIN (SELECT id, hash FROM event ORDER BY id DESC LIMIT 1) AS head
WHERE c.id = last_insert_rowid();
COMMIT;
SELECT id FROM complaint WHERE ref = 'BENCH-LOG-F' || @n;
