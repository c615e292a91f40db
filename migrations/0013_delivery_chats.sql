CREATE TABLE "delivery_chats" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"next_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "delivery_chats_next_at" ON "delivery_chats" USING btree ("next_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_chat" ON "outbox" USING btree ("chat_id","priority","not_before","id") WHERE status = 'pending';