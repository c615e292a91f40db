CREATE TABLE "registry_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_id" bigint NOT NULL,
	"file_id" text NOT NULL,
	"file_name" text,
	"file_hash" text NOT NULL,
	"plan_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "registry_imports_actor" ON "registry_imports" USING btree ("actor_id","status");