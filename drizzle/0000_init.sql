CREATE TABLE "consultation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"contact_method" text NOT NULL,
	"treatment_slug" text NOT NULL,
	"time_window" text NOT NULL,
	"message" text,
	"consent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consultation_requests_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "consultation_requests_contact_present" CHECK ("consultation_requests"."email" is not null or "consultation_requests"."phone" is not null),
	CONSTRAINT "consultation_requests_contact_method" CHECK ("consultation_requests"."contact_method" in ('email', 'phone')),
	CONSTRAINT "consultation_requests_time_window" CHECK ("consultation_requests"."time_window" in ('morning', 'afternoon', 'evening', 'any'))
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "mail_outbox_request_id_unique" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "rate_limits_pkey" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_request_id_consultation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."consultation_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_requests_created_at_idx" ON "consultation_requests" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "mail_outbox"."sent_at" is null;