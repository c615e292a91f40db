CREATE TABLE "waiting_dialogs" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ref" text,
	"step" text,
	"since" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "waiting_dialogs" ADD CONSTRAINT "waiting_dialogs_user_id_users_telegram_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("telegram_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- People in the middle of a dialog when this is deployed keep it: the one that took their typed
-- messages until now (the order of the checks before this table) is recorded as what the bot awaits.
INSERT INTO "waiting_dialogs" ("user_id", "kind", "ref", "since")
SELECT s."user_id", 'report', s."report_id"::text, s."updated_at" FROM "report_sessions" s
WHERE s."active" AND EXISTS (SELECT 1 FROM "users" u WHERE u."telegram_id" = s."user_id")
ON CONFLICT ("user_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "waiting_dialogs" ("user_id", "kind", "ref", "since")
SELECT DISTINCT ON (d."user_id") d."user_id", 'tip-comment', d."id"::text, d."comment_asked_at" FROM "tip_deliveries" d
WHERE d."comment_asked_at" > now() - interval '2 hours' AND d."comment" IS NULL AND d."photo_file_id" IS NULL
  AND EXISTS (SELECT 1 FROM "users" u WHERE u."telegram_id" = d."user_id")
ORDER BY d."user_id", d."comment_asked_at" DESC
ON CONFLICT ("user_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "waiting_dialogs" ("user_id", "kind", "step", "since")
SELECT a."user_id", 'activity-text', a."awaiting", a."updated_at" FROM "activity_drafts" a
WHERE a."awaiting" IS NOT NULL
ON CONFLICT ("user_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "waiting_dialogs" ("user_id", "kind", "ref")
SELECT DISTINCT ON (s."organizer_id") s."organizer_id", 'seminar-wizard', s."id"::text FROM "seminars" s
WHERE s."step" IS NOT NULL AND EXISTS (SELECT 1 FROM "users" u WHERE u."telegram_id" = s."organizer_id")
ORDER BY s."organizer_id", s."id" DESC
ON CONFLICT ("user_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "waiting_dialogs" ("user_id", "kind", "ref")
SELECT DISTINCT ON (p."user_id") p."user_id", 'seminar-comment', p."seminar_id"::text FROM "seminar_participants" p
WHERE p."awaiting_comment" AND EXISTS (SELECT 1 FROM "users" u WHERE u."telegram_id" = p."user_id")
ORDER BY p."user_id"
ON CONFLICT ("user_id") DO NOTHING;
--> statement-breakpoint
INSERT INTO "waiting_dialogs" ("user_id", "kind", "ref")
SELECT DISTINCT ON (b."author_id") b."author_id", 'broadcast', b."id"::text FROM "broadcasts" b
WHERE b."step" IS NOT NULL AND b."status" = 'draft' AND EXISTS (SELECT 1 FROM "users" u WHERE u."telegram_id" = b."author_id")
ORDER BY b."author_id", b."id" DESC
ON CONFLICT ("user_id") DO NOTHING;
