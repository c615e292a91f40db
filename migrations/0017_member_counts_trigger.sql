-- Keeps organization_member_counts exact in the same transaction as the change, whichever code
-- path made it: a membership that comes, goes or moves; a user marked unreachable or reachable
-- again; a user deleted with their memberships (the users trigger runs before the cascade, so the
-- memberships trigger then finds no user and leaves the unreachable count alone).
CREATE FUNCTION organization_member_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone boolean;
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.organization_id IS NOT NULL THEN
    SELECT u.unreachable_at IS NOT NULL INTO gone FROM users u WHERE u.telegram_id = OLD.user_id;
    UPDATE organization_member_counts
      SET members = members - 1, unreachable = unreachable - (CASE WHEN coalesce(gone, false) THEN 1 ELSE 0 END)
      WHERE organization_id = OLD.organization_id AND role = OLD.role;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.organization_id IS NOT NULL THEN
    SELECT u.unreachable_at IS NOT NULL INTO gone FROM users u WHERE u.telegram_id = NEW.user_id;
    INSERT INTO organization_member_counts (organization_id, role, members, unreachable)
      VALUES (NEW.organization_id, NEW.role, 1, CASE WHEN coalesce(gone, false) THEN 1 ELSE 0 END)
      ON CONFLICT (organization_id, role) DO UPDATE
      SET members = organization_member_counts.members + 1, unreachable = organization_member_counts.unreachable + excluded.unreachable;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_count AFTER INSERT OR DELETE OR UPDATE OF organization_id, role, user_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION organization_member_counts_apply();
--> statement-breakpoint
CREATE FUNCTION organization_member_counts_reachability() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    delta := CASE WHEN OLD.unreachable_at IS NOT NULL THEN -1 ELSE 0 END;
  ELSE
    delta := (CASE WHEN NEW.unreachable_at IS NOT NULL THEN 1 ELSE 0 END) - (CASE WHEN OLD.unreachable_at IS NOT NULL THEN 1 ELSE 0 END);
  END IF;
  IF delta <> 0 THEN
    UPDATE organization_member_counts c SET unreachable = c.unreachable + delta
      FROM memberships m
      WHERE m.user_id = OLD.telegram_id AND m.organization_id IS NOT NULL AND c.organization_id = m.organization_id AND c.role = m.role;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_reachability_count AFTER UPDATE OF unreachable_at ON users
  FOR EACH ROW WHEN ((OLD.unreachable_at IS NULL) IS DISTINCT FROM (NEW.unreachable_at IS NULL))
  EXECUTE FUNCTION organization_member_counts_reachability();
--> statement-breakpoint
CREATE TRIGGER users_reachability_count_delete BEFORE DELETE ON users
  FOR EACH ROW WHEN (OLD.unreachable_at IS NOT NULL)
  EXECUTE FUNCTION organization_member_counts_reachability();
--> statement-breakpoint
INSERT INTO organization_member_counts (organization_id, role, members, unreachable)
  SELECT m.organization_id, m.role, count(*), count(*) FILTER (WHERE u.unreachable_at IS NOT NULL)
  FROM memberships m JOIN users u ON u.telegram_id = m.user_id
  WHERE m.organization_id IS NOT NULL GROUP BY m.organization_id, m.role
  ON CONFLICT (organization_id, role) DO UPDATE SET members = excluded.members, unreachable = excluded.unreachable;
