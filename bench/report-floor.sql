-- The figures of `cmplt report --period month` in plain SQL: the floor that bench/run.sh times
-- `cmplt report` against, so anyone can check what the floor computes.
--
--   sqlite3 -readonly -cmd '.parameter set @since 1761955200' -cmd '.parameter set @months 12' \
--       REGISTER < bench/report-floor.sql
--
-- @since is the start of the first month in Unix seconds (UTC midnight on a 1st; 1761955200 is
-- 2025-11-01) and @months the number of months; without them, the 12 months up to and including
-- the current one, as `cmplt report` does by default. Months are counted in UTC: compare with
-- `TZ=UTC cmplt report --period month --since 2025-11-01 --until 2026-10-31` (run.sh does).
-- Every definition is the one in docs/metrics.md; `cmplt report` reads the same rows (one pass
-- over the complaints that can touch the range, then reopened complaints' moves, escalations and
-- ratings in range), and so does this script.
--
-- Output, as CSV: first the per-month rows and the `total` row exactly as
-- `cmplt report --format csv` prints them (run.sh compares the two), then the rated attributes of
-- the totals, the three trends, the Pareto table of categories, the recurring problems and the
-- backlog by age: every other figure of the table report.
.bail on
.mode csv
.separator "," "\n"
.headers on
PRAGMA temp.cache_size = -262144;  -- keep the work tables in memory (not temp_store: that would drop the parameters)

-- The range, and each day of it mapped to its month (0 = the first): one lookup places a time.
CREATE TEMP TABLE rng AS
SELECT s AS since, m AS months, unixepoch(s, 'unixepoch', m || ' months') AS until,
       min(unixepoch(s, 'unixepoch', m || ' months'), unixepoch('now')) AS age_end
FROM (SELECT coalesce(@since, unixepoch('now', 'start of month', '-11 months')) AS s, coalesce(@months, 12) AS m);
CREATE TEMP TABLE period AS
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i + 1 < (SELECT months FROM rng))
SELECT i, strftime('%Y-%m', since, 'unixepoch', i || ' months') AS label,
       unixepoch(since, 'unixepoch', i || ' months') AS start_at
FROM k, rng;
CREATE TEMP TABLE dayp (d INTEGER PRIMARY KEY, i INTEGER NOT NULL);
WITH RECURSIVE k(d) AS (
  SELECT since / 86400 FROM rng UNION ALL SELECT d + 1 FROM k WHERE d + 1 < (SELECT until / 86400 FROM rng))
INSERT INTO dayp SELECT d, (SELECT max(i) FROM period WHERE start_at <= d * 86400) FROM k;

-- One pass over the complaints that can touch the range: received before its end, and not
-- closed before its start (reopened ones are replayed from their moves below).
CREATE TEMP TABLE lc AS
SELECT c.id, c.received_at AS rec, c.closed_at AS cl, c.reopened, c.category, c.product,
       pr.i AS p_rec,
       pa.i AS p_ack, (c.acknowledged_at - c.received_at) / 3600.0 AS ack_h,
       pf.i AS p_fr, (c.first_responded_at - c.received_at) / 86400.0 AS fr_d,
       CASE WHEN c.due_response_at IS NOT NULL THEN c.first_responded_at <= c.due_response_at END AS in_target,
       CASE WHEN c.upheld IS NOT NULL THEN pl.i END AS p_lr, c.upheld IN ('yes', 'partly') AS upheld,
       pc.i AS p_cl, (c.closed_at - c.received_at) / 86400.0 AS cl_d
FROM complaint AS c
LEFT JOIN dayp AS pr ON pr.d = c.received_at / 86400
LEFT JOIN dayp AS pa ON pa.d = c.acknowledged_at / 86400
LEFT JOIN dayp AS pf ON pf.d = c.first_responded_at / 86400
LEFT JOIN dayp AS pl ON pl.d = c.last_responded_at / 86400
LEFT JOIN dayp AS pc ON pc.d = c.closed_at / 86400
WHERE c.received_at < (SELECT until FROM rng)
  AND (c.closed_at IS NULL OR c.closed_at >= (SELECT since FROM rng) OR c.reopened > 0);

-- Reopened complaints: their moves give their closings, reopenings and open stretches.
CREATE TEMP TABLE rmove AS
SELECT e.complaint_id AS id, e.at, e.to_state = 'closed' AS closing, e.from_state = 'closed' AS reopening,
       row_number() OVER (PARTITION BY e.complaint_id ORDER BY e.at, e.id) AS n
FROM lc CROSS JOIN event AS e ON e.complaint_id = lc.id
WHERE lc.reopened > 0 AND e.to_state IS NOT NULL;

-- Open stretches as the months at whose end they are open (first .. last), and whether they are
-- still open at the range's end (the backlog).
CREATE TEMP TABLE stretch AS
SELECT rec, CASE WHEN rec < since THEN 0 ELSE p_rec END AS first,
       CASE WHEN cl IS NULL OR cl >= until THEN months - 1 ELSE p_cl - 1 END AS last,
       cl IS NULL OR cl >= until AS at_end
FROM lc, rng WHERE reopened = 0;
INSERT INTO stretch
SELECT o.rec, CASE WHEN o.start < since THEN 0 ELSE (SELECT i FROM dayp WHERE d = o.start / 86400) END,
       CASE WHEN c.at IS NULL OR c.at >= until THEN months - 1 ELSE (SELECT i FROM dayp WHERE d = c.at / 86400) - 1 END,
       c.at IS NULL OR c.at >= until
FROM (SELECT id, rec, rec AS start, 0 AS k FROM lc WHERE reopened > 0
      UNION ALL
      SELECT m.id, lc.rec, m.at, row_number() OVER (PARTITION BY m.id ORDER BY m.n)
      FROM rmove AS m JOIN lc ON lc.id = m.id WHERE m.reopening) AS o
LEFT JOIN (SELECT id, at, row_number() OVER (PARTITION BY id ORDER BY n) - 1 AS k FROM rmove WHERE closing) AS c
  ON c.id = o.id AND c.k = o.k
CROSS JOIN rng
WHERE o.start < until AND (c.at IS NULL OR c.at >= since);

-- Counts per month (p) and for the whole range (p = -1).
CREATE TEMP TABLE cnt (what TEXT, p INTEGER, n INTEGER, m INTEGER);
INSERT INTO cnt SELECT 'received', p_rec, count(*), NULL FROM lc WHERE p_rec IS NOT NULL GROUP BY p_rec;
INSERT INTO cnt SELECT 'closed', p_cl, count(*), NULL FROM lc WHERE reopened = 0 AND p_cl IS NOT NULL GROUP BY p_cl;
INSERT INTO cnt
SELECT 'closed', dp.i, count(*), NULL FROM rmove AS m JOIN dayp AS dp ON dp.d = m.at / 86400
WHERE m.closing AND m.at >= (SELECT since FROM rng) AND m.at < (SELECT until FROM rng) GROUP BY dp.i;
INSERT INTO cnt
SELECT 'reopened', dp.i, count(*), NULL FROM rmove AS m JOIN dayp AS dp ON dp.d = m.at / 86400
WHERE m.reopening AND m.at >= (SELECT since FROM rng) AND m.at < (SELECT until FROM rng) GROUP BY dp.i;
INSERT INTO cnt
SELECT 'escalated', dp.i, count(*), NULL FROM event AS e CROSS JOIN dayp AS dp ON dp.d = e.at / 86400
WHERE e.to_state = 'escalated' AND e.at >= (SELECT since FROM rng) AND e.at < (SELECT until FROM rng) GROUP BY dp.i;
INSERT INTO cnt SELECT 'target', p_fr, sum(in_target), count(in_target) FROM lc WHERE p_fr IS NOT NULL GROUP BY p_fr;
INSERT INTO cnt SELECT 'upheld', p_lr, sum(upheld), count(*) FROM lc WHERE p_lr IS NOT NULL GROUP BY p_lr;
INSERT INTO cnt SELECT what, -1, sum(n), sum(m) FROM cnt GROUP BY what;
-- Open at each month's end: stretches begun by then, minus those over by then.
CREATE TEMP TABLE opened AS SELECT first AS i, count(*) AS n FROM stretch WHERE first <= last GROUP BY first;
CREATE TEMP TABLE ended AS SELECT last + 1 AS i, count(*) AS n FROM stretch WHERE first <= last GROUP BY last;
INSERT INTO cnt
SELECT 'open', p.i, coalesce((SELECT sum(n) FROM opened WHERE i <= p.i), 0)
                    - coalesce((SELECT sum(n) FROM ended WHERE i <= p.i), 0), NULL
FROM period AS p;
INSERT INTO cnt SELECT 'open', -1, n, NULL FROM cnt WHERE what = 'open' AND p = (SELECT months - 1 FROM rng);

-- Medians and 90th percentiles (linear interpolation between closest ranks, h = (n - 1) * 0.9)
-- of hours to acknowledge (1), days to respond (2) and days to close (3). The median of an even
-- count is the mean of the two middle values.
CREATE TEMP TABLE sample AS
SELECT 1 AS kind, p_ack AS p, ack_h AS v FROM lc WHERE p_ack IS NOT NULL
UNION ALL SELECT 2, p_fr, fr_d FROM lc WHERE p_fr IS NOT NULL
UNION ALL SELECT 3, p_cl, cl_d FROM lc WHERE p_cl IS NOT NULL;
-- Each sample sorted once, by month and for the whole range (p = -1), so that the k-th value
-- of a group is the row first + k.
CREATE TEMP TABLE sorted AS
SELECT kind, p, v FROM sample UNION ALL SELECT kind, -1, v FROM sample ORDER BY kind, p, v;
CREATE TEMP TABLE grp AS SELECT kind, p, min(rowid) AS first, count(*) AS n FROM sorted GROUP BY kind, p;
CREATE TEMP TABLE quant AS
SELECT kind, p,
       ((SELECT v FROM sorted WHERE rowid = first + (n - 1) / 2) + (SELECT v FROM sorted WHERE rowid = first + n / 2)) / 2
         AS median,
       (SELECT v FROM sorted WHERE rowid = first + (n - 1) * 90 / 100) AS xlo,
       (SELECT v FROM sorted WHERE rowid = first + (n - 1) * 90 / 100 + 1 AND (n - 1) * 90 / 100 + 1 < n) AS xhi,
       (n - 1) * 90.0 / 100 - (n - 1) * 90 / 100 AS frac
FROM grp;

-- Ratings in range, their summaries, and the attributes rated.
CREATE TEMP TABLE rt AS
SELECT dp.i AS p, r.id, r.score, r.nps, r.effort
FROM rating AS r CROSS JOIN dayp AS dp ON dp.d = r.at / 86400
WHERE r.at >= (SELECT since FROM rng) AND r.at < (SELECT until FROM rng);
CREATE TEMP TABLE sat AS
SELECT p, count(*) AS n, sum(score >= 4) AS k, avg(score) AS mean, count(nps) AS m,
       coalesce(sum(nps >= 9), 0) AS pro, coalesce(sum(nps <= 6), 0) AS det, avg(effort) AS effort
FROM rt GROUP BY p
UNION ALL
SELECT -1, count(*), sum(score >= 4), avg(score), count(nps), coalesce(sum(nps >= 9), 0), coalesce(sum(nps <= 6), 0),
       avg(effort)
FROM rt;
CREATE TEMP TABLE spread AS
SELECT s.p, sum((rt.score - s.mean) * (rt.score - s.mean)) AS ss FROM rt JOIN sat AS s ON s.p = rt.p GROUP BY s.p
UNION ALL
SELECT -1, sum((rt.score - s.mean) * (rt.score - s.mean)) FROM rt JOIN sat AS s ON s.p = -1;
CREATE TEMP TABLE attr AS
WITH a AS (SELECT rt.p, x.name, x.score FROM rt JOIN rating_attribute AS x ON x.rating_id = rt.id)
SELECT p, name, count(*) AS n, avg(score) AS mean FROM a GROUP BY p, name
UNION ALL
SELECT -1, name, count(*), avg(score) FROM a GROUP BY name;
CREATE TEMP TABLE weighted AS
SELECT a.p, a.name, a.n, a.mean, (a.mean - 1) / 4 * 100 AS performance,
       coalesce((SELECT CAST(s.value AS REAL) FROM setting AS s WHERE s.key = 'weight.' || a.name), 1.0) AS weight
FROM attr AS a;

-- The period rows and the total, as `cmplt report --format csv` prints them.
CREATE TEMP TABLE fig AS
WITH z(z) AS (SELECT 1.959963984540054),
line(p, label) AS (SELECT i, label FROM period UNION ALL SELECT -1, 'total'),
c AS (SELECT r.p, r.label,
        coalesce((SELECT n FROM cnt WHERE what = 'received' AND p = r.p), 0) AS received,
        coalesce((SELECT n FROM cnt WHERE what = 'closed' AND p = r.p), 0) AS closed,
        coalesce((SELECT n FROM cnt WHERE what = 'open' AND p = r.p), 0) AS open_at_end,
        coalesce((SELECT n FROM cnt WHERE what = 'reopened' AND p = r.p), 0) AS reopened,
        coalesce((SELECT n FROM cnt WHERE what = 'escalated' AND p = r.p), 0) AS escalated,
        (SELECT n FROM cnt WHERE what = 'target' AND p = r.p) AS within, (SELECT m FROM cnt WHERE what = 'target' AND p = r.p) AS targeted,
        (SELECT n FROM cnt WHERE what = 'upheld' AND p = r.p) AS upheld, (SELECT m FROM cnt WHERE what = 'upheld' AND p = r.p) AS decided
      FROM line AS r)
SELECT c.p, c.label AS period, c.received, c.closed, c.open_at_end,
       round(q1.median, 2) AS median_hours_to_acknowledge,
       round(q2.median, 2) AS median_days_to_respond,
       round(q3.median, 2) AS median_days_to_close,
       CASE WHEN c.targeted > 0 THEN round(CAST(c.within AS REAL) / c.targeted * 100, 1) END AS responded_within_target_pct,
       CASE WHEN c.decided > 0 THEN round(CAST(c.upheld AS REAL) / c.decided * 100, 1) END AS upheld_pct,
       c.reopened,
       coalesce(s.n, 0) AS ratings,
       CASE WHEN s.n > 0 THEN round(CAST(s.k AS REAL) / s.n * 100, 1) END AS csat_pct,
       round(s.mean, 2) AS mean_score,
       CASE WHEN s.m > 0 THEN round(CAST((s.pro - s.det) * 100 AS REAL) / s.m, 1) END AS nps,
       round(s.effort, 2) AS mean_effort,
       c.escalated,
       round(CASE WHEN q1.xhi IS NULL THEN q1.xlo ELSE q1.xlo + q1.frac * (q1.xhi - q1.xlo) END, 2) AS p90_hours_to_acknowledge,
       round(CASE WHEN q2.xhi IS NULL THEN q2.xlo ELSE q2.xlo + q2.frac * (q2.xhi - q2.xlo) END, 2) AS p90_days_to_respond,
       round(CASE WHEN q3.xhi IS NULL THEN q3.xlo ELSE q3.xlo + q3.frac * (q3.xhi - q3.xlo) END, 2) AS p90_days_to_close,
       -- Wilson score interval of the share of scores 4-5.
       CASE WHEN s.n > 0 THEN round(100 * CASE WHEN s.k = 0 THEN 0 ELSE
         (CAST(s.k AS REAL) / s.n + z * z / (2.0 * s.n)) / (1 + z * z / s.n)
         - z / (1 + z * z / s.n) * sqrt(CAST(s.k AS REAL) / s.n * (1 - CAST(s.k AS REAL) / s.n) / s.n + z * z / (4.0 * s.n * s.n)) END, 1) END AS csat_ci_low,
       CASE WHEN s.n > 0 THEN round(100 * CASE WHEN s.k = s.n THEN 1 ELSE
         (CAST(s.k AS REAL) / s.n + z * z / (2.0 * s.n)) / (1 + z * z / s.n)
         + z / (1 + z * z / s.n) * sqrt(CAST(s.k AS REAL) / s.n * (1 - CAST(s.k AS REAL) / s.n) / s.n + z * z / (4.0 * s.n * s.n)) END, 1) END AS csat_ci_high,
       -- Student-t interval of the mean score, clipped to 1-5.
       CASE WHEN s.n >= 2 THEN round(max(s.mean - t.t * sqrt(sp.ss / (s.n - 1)) / sqrt(s.n), 1), 2) END AS mean_score_ci_low,
       CASE WHEN s.n >= 2 THEN round(min(s.mean + t.t * sqrt(sp.ss / (s.n - 1)) / sqrt(s.n), 5), 2) END AS mean_score_ci_high,
       CASE WHEN s.m > 0 THEN round(z * sqrt((CAST(s.pro AS REAL) / s.m * (1 - CAST(s.pro AS REAL) / s.m)
         + CAST(s.det AS REAL) / s.m * (1 - CAST(s.det AS REAL) / s.m) + 2 * (CAST(s.pro AS REAL) / s.m) * (CAST(s.det AS REAL) / s.m)) / s.m) * 100, 1) END AS nps_margin,
       CASE WHEN c.closed > 0 THEN round(CAST(coalesce(s.n, 0) AS REAL) / c.closed * 100, 1) END AS response_rate_pct,
       (SELECT CASE WHEN sum(w.weight) > 0 THEN round(sum(w.weight * w.performance) / sum(w.weight), 1) END
        FROM weighted AS w WHERE w.p = c.p) AS satisfaction_index
FROM c CROSS JOIN z
LEFT JOIN quant AS q1 ON q1.kind = 1 AND q1.p = c.p
LEFT JOIN quant AS q2 ON q2.kind = 2 AND q2.p = c.p
LEFT JOIN quant AS q3 ON q3.kind = 3 AND q3.p = c.p
LEFT JOIN sat AS s ON s.p = c.p AND s.n > 0
LEFT JOIN spread AS sp ON sp.p = c.p
-- The 97.5th percentile of Student's t with n - 1 degrees of freedom: exact below 50, else the
-- Cornish-Fisher expansion (Abramowitz and Stegun 26.7.5), within 3e-9.
LEFT JOIN (SELECT sat.p, CASE sat.n - 1
    WHEN 1 THEN 12.706204736174694
    WHEN 2 THEN 4.302652729749462
    WHEN 3 THEN 3.1824463052837078
    WHEN 4 THEN 2.7764451051977934
    WHEN 5 THEN 2.5705818356363146
    WHEN 6 THEN 2.4469118511449786
    WHEN 7 THEN 2.364624251592784
    WHEN 8 THEN 2.306004135204166
    WHEN 9 THEN 2.262157162798205
    WHEN 10 THEN 2.228138851986274
    WHEN 11 THEN 2.200985160091639
    WHEN 12 THEN 2.1788128296672284
    WHEN 13 THEN 2.1603686564627913
    WHEN 14 THEN 2.144786687917804
    WHEN 15 THEN 2.131449545559776
    WHEN 16 THEN 2.1199052992212546
    WHEN 17 THEN 2.1098155778333156
    WHEN 18 THEN 2.1009220402410382
    WHEN 19 THEN 2.0930240544083087
    WHEN 20 THEN 2.085963447265864
    WHEN 21 THEN 2.0796138447276795
    WHEN 22 THEN 2.0738730679040254
    WHEN 23 THEN 2.0686576104190486
    WHEN 24 THEN 2.0638985616280245
    WHEN 25 THEN 2.0595385527532972
    WHEN 26 THEN 2.0555294386428735
    WHEN 27 THEN 2.0518305164802846
    WHEN 28 THEN 2.0484071417952454
    WHEN 29 THEN 2.045229642132703
    WHEN 30 THEN 2.0422724563012378
    WHEN 31 THEN 2.039513446396408
    WHEN 32 THEN 2.0369333434601016
    WHEN 33 THEN 2.0345152974493383
    WHEN 34 THEN 2.0322445093177186
    WHEN 35 THEN 2.030107928250343
    WHEN 36 THEN 2.0280940009804502
    WHEN 37 THEN 2.0261924630291093
    WHEN 38 THEN 2.0243941639119694
    WHEN 39 THEN 2.022690920036761
    WHEN 40 THEN 2.021075390306273
    WHEN 41 THEN 2.019540970441376
    WHEN 42 THEN 2.0180817028184443
    WHEN 43 THEN 2.016692199227824
    WHEN 44 THEN 2.0153675744437636
    WHEN 45 THEN 2.014103388880846
    WHEN 46 THEN 2.012895598919429
    WHEN 47 THEN 2.0117405137297655
    WHEN 48 THEN 2.010634757624232
    WHEN 49 THEN 2.0095752371292392
    ELSE z + (z * z * z + z) / 4 / (sat.n - 1)
           + (5 * pow(z, 5) + 16 * pow(z, 3) + 3 * z) / 96 / pow(sat.n - 1, 2)
           + (3 * pow(z, 7) + 19 * pow(z, 5) + 17 * pow(z, 3) - 15 * z) / 384 / pow(sat.n - 1, 3)
           + (79 * pow(z, 9) + 776 * pow(z, 7) + 1482 * pow(z, 5) - 1920 * pow(z, 3) - 945 * z) / 92160 / pow(sat.n - 1, 4)
    END AS t FROM sat CROSS JOIN z WHERE sat.n >= 2) AS t ON t.p = c.p;

SELECT period, received, closed, open_at_end, median_hours_to_acknowledge, median_days_to_respond,
       median_days_to_close, responded_within_target_pct, upheld_pct, reopened, ratings, csat_pct, mean_score, nps,
       mean_effort, escalated, p90_hours_to_acknowledge, p90_days_to_respond, p90_days_to_close, csat_ci_low,
       csat_ci_high, mean_score_ci_low, mean_score_ci_high, nps_margin, response_rate_pct, satisfaction_index
FROM fig ORDER BY p < 0, p;

-- The attributes rated in the range.
.print
SELECT name, weight, n AS count, round(mean, 2) AS mean_score, round(performance, 1) AS performance_pct
FROM weighted WHERE p = -1 ORDER BY name;

-- Trends: Mann-Kendall test (tie-corrected variance, continuity correction, two-sided normal
-- p-value) and Sen's slope, over received per month, median days to close and CSAT % (the
-- rounded monthly figures; months without a value left out).
CREATE TEMP TABLE series AS
SELECT 1 AS s, p AS pos, received AS x FROM fig WHERE p >= 0
UNION ALL SELECT 2, row_number() OVER (ORDER BY p), median_days_to_close FROM fig WHERE p >= 0 AND median_days_to_close IS NOT NULL
UNION ALL SELECT 3, row_number() OVER (ORDER BY p), csat_pct FROM fig WHERE p >= 0 AND csat_pct IS NOT NULL;
CREATE TEMP TABLE mk AS
WITH names(s, name) AS (VALUES (1, 'trend'), (2, 'trend_days_to_close'), (3, 'trend_csat')),
pairs AS (SELECT a.s, sign(b.x - a.x) AS sg, (b.x - a.x) * 1.0 / (b.pos - a.pos) AS slope
          FROM series AS a JOIN series AS b ON b.s = a.s AND b.pos > a.pos),
sums AS (SELECT s, sum(sg) AS sg FROM pairs GROUP BY s),
ranked AS (SELECT s, slope, row_number() OVER (PARTITION BY s ORDER BY slope) - 1 AS r, count(*) OVER (PARTITION BY s) AS n FROM pairs),
slopes AS (SELECT s, avg(slope) AS slope FROM ranked WHERE r IN ((n - 1) / 2, n / 2) GROUP BY s),
ties AS (SELECT s, sum(t * (t - 1) * (2 * t + 5)) AS tie FROM (SELECT s, count(*) AS t FROM series GROUP BY s, x) GROUP BY s),
sizes AS (SELECT s, count(*) AS n FROM series GROUP BY s)
SELECT names.s, names.name, coalesce(sizes.n, 0) AS n, coalesce(sums.sg, 0) AS sg, slopes.slope,
       CASE WHEN coalesce(sums.sg, 0) = 0 THEN 0.0
            ELSE (sums.sg - sign(sums.sg)) / sqrt((sizes.n * (sizes.n - 1) * (2 * sizes.n + 5) - ties.tie) / 18.0) END AS z
FROM names LEFT JOIN sizes USING (s) LEFT JOIN sums USING (s) LEFT JOIN slopes USING (s) LEFT JOIN ties USING (s);
-- p = 2 (1 - Phi(|z|)) with Phi(z) = 1/2 + phi(z) * sum of z^(2k+1) / (1 * 3 * ... * (2k + 1)).
CREATE TEMP TABLE mkp AS
WITH RECURSIVE phi(s, z, k, term, total) AS (
  SELECT s, abs(z), 0, abs(z), abs(z) FROM mk WHERE n >= 3
  UNION ALL
  SELECT s, z, k + 1, term * z * z / (2 * k + 3), total + term * z * z / (2 * k + 3)
  FROM phi WHERE term > total * 1e-17 AND k < 1000)
SELECT s, max(0.0, 1 - 2 * exp(-z * z / 2) / sqrt(2 * pi()) * max(total)) AS p FROM phi GROUP BY s;
.print
SELECT mk.name AS series,
       CASE WHEN mkp.p < 0.05 AND mk.sg > 0 THEN 'rising' WHEN mkp.p < 0.05 AND mk.sg < 0 THEN 'falling' ELSE 'flat' END AS direction,
       round(mk.slope, 2) AS slope_per_period, round(mkp.p, 4) AS p_value, 'mann-kendall' AS method, mk.n AS periods
FROM mk LEFT JOIN mkp USING (s) ORDER BY mk.s;

-- Pareto table of the categories received in the range.
.print
WITH c AS (SELECT category, count(*) AS n FROM lc WHERE p_rec IS NOT NULL GROUP BY category),
o AS (SELECT category, n, sum(n) OVER (ORDER BY n DESC, category ROWS UNBOUNDED PRECEDING) AS cum,
             sum(n) OVER () AS total FROM c)
SELECT category, n AS count, round(CAST(n AS REAL) / total * 100, 1) AS share_pct,
       round(CAST(cum AS REAL) / total * 100, 1) AS cumulative_pct,
       CASE WHEN CAST(cum - n AS REAL) / total * 100 < 80 THEN 'true' ELSE 'false' END AS vital_few
FROM o ORDER BY n DESC, category;

-- Recurring problems: categories and products whose count in the last month is improbably high
-- (Poisson upper tail < 0.05) against their mean over the earlier months since the register's
-- first complaint in range (at least 3 such months, a mean above 0, a count of at least 3).
CREATE TEMP TABLE rec_counts AS
SELECT 'category' AS field, category AS value, p_rec AS p, count(*) AS n FROM lc WHERE p_rec IS NOT NULL GROUP BY category, p_rec
UNION ALL
SELECT 'product', product, p_rec, count(*) FROM lc WHERE p_rec IS NOT NULL AND product IS NOT NULL GROUP BY product, p_rec;
CREATE TEMP TABLE candidate AS
WITH first_active(f) AS (SELECT min(p) FROM rec_counts), last(l) AS (SELECT months - 1 FROM rng)
SELECT r.field, r.value,
       coalesce((SELECT n FROM rec_counts AS x WHERE x.field = r.field AND x.value = r.value AND x.p = l), 0) AS k,
       CAST(coalesce((SELECT sum(n) FROM rec_counts AS x WHERE x.field = r.field AND x.value = r.value AND x.p >= f AND x.p < l), 0) AS REAL) / (l - f) AS lambda
FROM (SELECT DISTINCT field, value FROM rec_counts) AS r, first_active, last
WHERE l + 1 - f >= 4;
-- P(X >= k), summed upwards from k (only k > lambda can give p < 0.05); log k! from Stirling's series for k >= 10.
CREATE TEMP TABLE tail AS
WITH RECURSIVE start AS (
  SELECT field, value, k, lambda,
         k * ln(lambda) - lambda - CASE WHEN k < 10 THEN
           ln(CASE k WHEN 3 THEN 6 WHEN 4 THEN 24 WHEN 5 THEN 120 WHEN 6 THEN 720 WHEN 7 THEN 5040 WHEN 8 THEN 40320 ELSE 362880 END)
         ELSE (k + 0.5) * ln(k) - k + 0.5 * ln(2 * pi()) + 1.0 / (12 * k) - 1.0 / (360 * pow(k, 3)) + 1.0 / (1260 * pow(k, 5)) - 1.0 / (1680 * pow(k, 7)) END AS logp
  FROM candidate WHERE k >= 3 AND lambda > 0 AND k > lambda),
sum_up(field, value, lambda, j, term, total) AS (
  SELECT field, value, lambda, k, exp(logp), 0.0 FROM start
  UNION ALL
  SELECT field, value, lambda, j + 1, term * lambda / (j + 1), total + term FROM sum_up WHERE term > total * 2.220446049250313e-16)
SELECT field, value, max(total) AS p FROM sum_up GROUP BY field, value;
.print
SELECT c.field, c.value, c.k AS count, round(c.lambda, 2) AS expected, round(t.p, 4) AS p_value
FROM candidate AS c JOIN tail AS t USING (field, value) WHERE t.p < 0.05
ORDER BY round(t.p, 4), c.field, c.value;

-- Complaints open at the range's end, by whole days since receipt.
.print
WITH ages AS (SELECT CASE WHEN (age_end - rec) / 86400 <= 7 THEN 0 WHEN (age_end - rec) / 86400 <= 14 THEN 1
                         WHEN (age_end - rec) / 86400 <= 30 THEN 2 ELSE 3 END AS bucket
              FROM stretch, rng WHERE at_end),
buckets(bucket, age_days) AS (VALUES (0, '0-7'), (1, '8-14'), (2, '15-30'), (3, '>30'))
SELECT b.age_days, (SELECT count(*) FROM ages WHERE ages.bucket = b.bucket) AS count FROM buckets AS b ORDER BY b.bucket;
