-- Opening, as cmplt opens a register (Register.open): secure_delete, the register's identity in
-- one snapshot, then foreign keys on. Every other floor starts with `.read bench/open-register.sql`
-- (bench/run.sh runs them from the project folder).
PRAGMA secure_delete = ON;
BEGIN DEFERRED;
PRAGMA application_id;
PRAGMA user_version;
SELECT count(*) FROM sqlite_schema;
COMMIT;
PRAGMA foreign_keys = ON;
