-- Every activity that exists before revisions were kept gets its current text as revision 1: what
-- the shipped library put there (author null) or what was last saved from the chat (its editor).
INSERT INTO "activity_revisions" ("activity_id", "number", "status", "direction", "season", "age_bands", "step", "minutes", "content", "author_id", "created_at", "decided_by", "decided_at")
SELECT "id", 1, 'approved', "direction", "season", "age_bands", "step", "minutes", "content",
  CASE WHEN "source" = 'chat' THEN "updated_by" END, "updated_at",
  CASE WHEN "source" = 'chat' THEN "updated_by" END, "updated_at"
FROM "activities"
WHERE NOT EXISTS (SELECT 1 FROM "activity_revisions" r WHERE r."activity_id" = "activities"."id");
--> statement-breakpoint
UPDATE "activities" SET "revision" = 1;
