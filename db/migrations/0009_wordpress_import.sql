CREATE TABLE "import_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"dry_run" boolean NOT NULL,
	"report" jsonb NOT NULL,
	"started_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legacy_redirects" (
	"path" text PRIMARY KEY NOT NULL,
	"target" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "sticky" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "parent_id" integer;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "guest_name" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "guest_email" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "guest_url" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "tags" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "import_reports" ADD CONSTRAINT "import_reports_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_reports_created_idx" ON "import_reports" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_wp_id_unique" UNIQUE("wp_id");--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_wp_id_unique" UNIQUE("wp_id");--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_wp_id_unique" UNIQUE("wp_id");--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_wp_id_unique" UNIQUE("wp_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_wp_id_unique" UNIQUE("wp_id");