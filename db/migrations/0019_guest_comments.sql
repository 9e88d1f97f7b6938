CREATE TABLE "guest_emails" (
	"email" text PRIMARY KEY NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "comments_guest_idempotency_idx" ON "comments" USING btree ("guest_email","idempotency_key");--> statement-breakpoint
CREATE INDEX "comments_guest_email_created_idx" ON "comments" USING btree ("guest_email","created_at" DESC NULLS FIRST);