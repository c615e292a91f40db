-- Keeps seminar_organization_counts exact in the same transaction as the change, whichever code
-- path made it (publishing, an answer, attendance, a rating, erasure, an event deleted). Statement-
-- level triggers with transition tables: publishing a national event to a million parents adds
-- its counts in one aggregate. An update adds the new rows' figures and takes away the old ones'
-- (rows whose figures did not change add nothing). People invited with no kindergarten are not
-- counted here (the digests count kindergartens).
CREATE FUNCTION seminar_organization_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO seminar_organization_counts AS c (seminar_id, organization_id, invited, coming, attended, rating_sum, ratings)
      SELECT n.seminar_id, n.organization_id, count(*), count(*) FILTER (WHERE n.response = 'coming'), count(*) FILTER (WHERE n.attended),
             coalesce(sum(n.rating), 0), count(n.rating)
      FROM new_rows n WHERE n.organization_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (seminar_id, organization_id) DO UPDATE SET
        invited = c.invited + excluded.invited, coming = c.coming + excluded.coming, attended = c.attended + excluded.attended,
        rating_sum = c.rating_sum + excluded.rating_sum, ratings = c.ratings + excluded.ratings;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE seminar_organization_counts c SET
        invited = c.invited - d.invited, coming = c.coming - d.coming, attended = c.attended - d.attended,
        rating_sum = c.rating_sum - d.rating_sum, ratings = c.ratings - d.ratings
      FROM (
        SELECT o.seminar_id, o.organization_id, count(*) AS invited, count(*) FILTER (WHERE o.response = 'coming') AS coming,
               count(*) FILTER (WHERE o.attended) AS attended, coalesce(sum(o.rating), 0) AS rating_sum, count(o.rating) AS ratings
        FROM old_rows o WHERE o.organization_id IS NOT NULL GROUP BY 1, 2
      ) d
      WHERE c.seminar_id = d.seminar_id AND c.organization_id = d.organization_id;
  ELSE
    INSERT INTO seminar_organization_counts AS c (seminar_id, organization_id, invited, coming, attended, rating_sum, ratings)
      SELECT x.seminar_id, x.organization_id, sum(x.invited), sum(x.coming), sum(x.attended), sum(x.rating_sum), sum(x.ratings)
      FROM (
        SELECT n.seminar_id, n.organization_id, 1 AS invited, CASE WHEN n.response = 'coming' THEN 1 ELSE 0 END AS coming,
               CASE WHEN n.attended THEN 1 ELSE 0 END AS attended, coalesce(n.rating, 0) AS rating_sum, CASE WHEN n.rating IS NOT NULL THEN 1 ELSE 0 END AS ratings
        FROM new_rows n
        UNION ALL
        SELECT o.seminar_id, o.organization_id, -1, CASE WHEN o.response = 'coming' THEN -1 ELSE 0 END,
               CASE WHEN o.attended THEN -1 ELSE 0 END, -coalesce(o.rating, 0), CASE WHEN o.rating IS NOT NULL THEN -1 ELSE 0 END
        FROM old_rows o
      ) x
      WHERE x.organization_id IS NOT NULL
      GROUP BY 1, 2
      HAVING sum(x.invited) <> 0 OR sum(x.coming) <> 0 OR sum(x.attended) <> 0 OR sum(x.rating_sum) <> 0 OR sum(x.ratings) <> 0
      -- Rows locked in one order: two statements touching the same kindergartens never deadlock.
      ORDER BY 1, 2
      ON CONFLICT (seminar_id, organization_id) DO UPDATE SET
        invited = c.invited + excluded.invited, coming = c.coming + excluded.coming, attended = c.attended + excluded.attended,
        rating_sum = c.rating_sum + excluded.rating_sum, ratings = c.ratings + excluded.ratings;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER seminar_participants_count_insert AFTER INSERT ON seminar_participants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION seminar_organization_counts_apply();
--> statement-breakpoint
CREATE TRIGGER seminar_participants_count_update AFTER UPDATE ON seminar_participants
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION seminar_organization_counts_apply();
--> statement-breakpoint
CREATE TRIGGER seminar_participants_count_delete AFTER DELETE ON seminar_participants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION seminar_organization_counts_apply();
--> statement-breakpoint
INSERT INTO seminar_organization_counts (seminar_id, organization_id, invited, coming, attended, rating_sum, ratings)
  SELECT p.seminar_id, p.organization_id, count(*), count(*) FILTER (WHERE p.response = 'coming'), count(*) FILTER (WHERE p.attended),
         coalesce(sum(p.rating), 0), count(p.rating)
  FROM seminar_participants p WHERE p.organization_id IS NOT NULL GROUP BY 1, 2
  ON CONFLICT (seminar_id, organization_id) DO UPDATE SET
    invited = excluded.invited, coming = excluded.coming, attended = excluded.attended, rating_sum = excluded.rating_sum, ratings = excluded.ratings;
