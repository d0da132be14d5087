-- A second floor for `cmplt import`: the rows cmplt's import writes (complaints, tags, the
-- events of their histories with the hash chain, and the salts), written by SQLite alone.
-- bench/run.sh runs `sqlite3 -cmd ".parameter set @source 'REGISTER'" COPY < bench/import-rows-floor.sql`
-- where COPY is a new, empty register (the same schema, indexes and triggers) and REGISTER the
-- cached register that `cmplt import` made from the same CSV. No parsing, no checking, no
-- hashing: one INSERT … SELECT per table in one transaction. What cmplt takes beyond this is
-- its own work; what this takes beyond `.import` into a bare table is the schema's.
PRAGMA foreign_keys = ON;
ATTACH @source AS source;
BEGIN IMMEDIATE;
INSERT INTO complaint SELECT * FROM source.complaint;
INSERT INTO complaint_tag SELECT * FROM source.complaint_tag;
INSERT INTO event SELECT * FROM source.event;
INSERT INTO event_salt SELECT * FROM source.event_salt;
COMMIT;
