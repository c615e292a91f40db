-- Keeps organization_member_counts exact: every membership that comes, goes or moves is counted
-- in the same transaction, whichever code path (join, leave, a user deleted with cascade) did it.
CREATE FUNCTION organization_member_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.organization_id IS NOT NULL THEN
    UPDATE organization_member_counts SET members = members - 1
      WHERE organization_id = OLD.organization_id AND role = OLD.role;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.organization_id IS NOT NULL THEN
    INSERT INTO organization_member_counts (organization_id, role, members) VALUES (NEW.organization_id, NEW.role, 1)
      ON CONFLICT (organization_id, role) DO UPDATE SET members = organization_member_counts.members + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_count AFTER INSERT OR DELETE OR UPDATE OF organization_id, role ON memberships
  FOR EACH ROW EXECUTE FUNCTION organization_member_counts_apply();
--> statement-breakpoint
INSERT INTO organization_member_counts (organization_id, role, members)
  SELECT organization_id, role, count(*) FROM memberships WHERE organization_id IS NOT NULL GROUP BY organization_id, role
  ON CONFLICT (organization_id, role) DO UPDATE SET members = excluded.members;
