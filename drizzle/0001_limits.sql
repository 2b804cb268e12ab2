CREATE TABLE "server_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_requests" ADD COLUMN "limit_flag" text;--> statement-breakpoint
ALTER TABLE "consultation_requests" ADD CONSTRAINT "consultation_requests_limit_flag" CHECK ("consultation_requests"."limit_flag" is null or "consultation_requests"."limit_flag" in ('contact_limit'));--> statement-breakpoint
-- Windows counted before keyed hashes held bare SHA-256 digests of addresses and phone numbers: drop them (at most one window of counts is lost).
DELETE FROM "rate_limits";
