CREATE TABLE "invitation_batches" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_code" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"invitations" integer NOT NULL,
	"replaced" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "batch_id" integer;--> statement-breakpoint
ALTER TABLE "invitation_batches" ADD CONSTRAINT "invitation_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitation_batches_region" ON "invitation_batches" USING btree ("region_code","id");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_batch_id_invitation_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."invitation_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "invitations_batch" ON "invitations" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "invitations_open_batch_link" ON "invitations" USING btree ("organization_id") WHERE "invitations"."batch_id" is not null and "invitations"."used_at" is null and "invitations"."revoked_at" is null;