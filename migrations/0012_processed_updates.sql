CREATE TABLE "processed_updates" (
	"bot_id" bigint NOT NULL,
	"update_id" bigint NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "processed_updates_bot_id_update_id_pk" PRIMARY KEY("bot_id","update_id")
);
--> statement-breakpoint
CREATE INDEX "processed_updates_claimed_at" ON "processed_updates" USING btree ("claimed_at");