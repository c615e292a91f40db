CREATE TABLE "seminar_organization_counts" (
	"seminar_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"invited" integer DEFAULT 0 NOT NULL,
	"coming" integer DEFAULT 0 NOT NULL,
	"attended" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"ratings" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "seminar_organization_counts_seminar_id_organization_id_pk" PRIMARY KEY("seminar_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "seminar_organization_counts" ADD CONSTRAINT "seminar_organization_counts_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;