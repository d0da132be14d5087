-- Adds the generated ratings (ratings.csv in the current folder) to a register that
-- `cmplt import` has just made from complaints.csv: the rows `cmplt rate` would write, in one
-- transaction. `cmplt import` does not take ratings, and one `cmplt rate` process per rating
-- (333 000 at 1M) would take far longer than the import. Ratings are not events, so this
-- touches neither the history nor its hash chain; `cmplt verify` passes afterwards.
.bail on
PRAGMA foreign_keys = ON;
.import --csv --schema temp ratings.csv generated_rating
BEGIN IMMEDIATE;
INSERT INTO rating (id, complaint_id, at, actor, score, nps, effort, comment)
SELECT CAST(r.id AS INTEGER), c.id, CAST(r.at AS INTEGER), r.actor, CAST(r.score AS INTEGER),
       CAST(NULLIF(r.nps, '') AS INTEGER), CAST(NULLIF(r.effort, '') AS INTEGER), NULLIF(r.comment, '')
FROM temp.generated_rating AS r JOIN complaint AS c ON c.ref = r.ref
ORDER BY CAST(r.id AS INTEGER);
INSERT INTO rating_attribute (rating_id, name, score)
SELECT CAST(id AS INTEGER), 'speed', CAST(speed AS INTEGER) FROM temp.generated_rating WHERE speed <> ''
UNION ALL
SELECT CAST(id AS INTEGER), 'courtesy', CAST(courtesy AS INTEGER) FROM temp.generated_rating WHERE courtesy <> ''
UNION ALL
SELECT CAST(id AS INTEGER), 'clarity', CAST(clarity AS INTEGER) FROM temp.generated_rating WHERE clarity <> '';
COMMIT;
SELECT (SELECT count(*) FROM temp.generated_rating) - (SELECT count(*) FROM rating);
