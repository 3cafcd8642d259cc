import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225426_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "contract" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "buyer_id" varchar(20) not null, "reference" varchar(60) not null, "title" varchar(1000) not null, "start_on" date null, "end_on" date null, "amount_cents" bigint null, "payment_delay_days" int not null default 30, "is_works" boolean not null default false, "social_clause" text check ("social_clause" in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', "environmental_clause" text check ("environmental_clause" in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', "low_carbon_transport" text check ("low_carbon_transport" in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', constraint "contract_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract" add constraint "contract_buyer_id_reference_unique" unique ("buyer_id", "reference");`);

    this.addSql(`create table "import_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('INVOICES')) not null, "file_name" varchar(255) not null, "digest" varchar(64) null, "rows" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "rejected" int not null default 0, "actor" varchar(60) not null, "finished_at" timestamptz null, constraint "import_batch_pkey" primary key ("id"));`);

    this.addSql(`create table "interest_rate" ("half_year_start" date not null, "ecb_basis_points" int not null, "to_confirm" boolean not null default false, "updated_at" timestamptz not null, constraint "interest_rate_pkey" primary key ("half_year_start"));`);

    this.addSql(`create table "outbox_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "idempotency_key" varchar(255) not null, "recipient" varchar(254) not null, "subject" varchar(255) not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'DEV_OUTBOX', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);

    this.addSql(`create table "rate_limit" ("bucket" varchar(200) not null, "hits" int not null, "window_start" bigint not null, constraint "rate_limit_pkey" primary key ("bucket"));`);

    this.addSql(`create table "supplier" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "identifier_type" text check ("identifier_type" in ('SIRET', 'VAT', 'NONE')) not null default 'SIRET', "siret" varchar(14) null, "siren" varchar(9) null, "vat_number" varchar(20) null, "legal_name" varchar(255) not null, "address_line" varchar(255) null, "postal_code" varchar(10) null, "city" varchar(120) null, "department" varchar(3) null, "is_regional" boolean not null default false, "size_category" text check ("size_category" in ('MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE')) null, "size_year" int null, "naf_code" varchar(6) null, "contact_email" varchar(254) null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`alter table "supplier" add constraint "supplier_siret_unique" unique ("siret");`);
    this.addSql(`create index "supplier_siren_index" on "supplier" ("siren");`);
    this.addSql(`alter table "supplier" add constraint "supplier_vat_number_unique" unique ("vat_number");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" uuid not null, "number" varchar(60) not null, "contract_id" uuid null, "contract_reference" varchar(60) null, "invoice_date" date not null, "declared_received_on" date null, "amount_excl_tax_cents" bigint not null, "amount_incl_tax_cents" bigint not null, "status" text check ("status" in ('SUBMITTED', 'RECEIVED', 'TO_REROUTE', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'SERVICE_DONE', 'MANDATED', 'PAYMENT_ISSUED', 'PAID')) not null, "status_on" date not null, "payment_delay_days" int not null default 30, "received_on" date null, "deadline" date null, "payment_issued_on" date null, "observed_delay_days" int null, "days_late" int not null default 0, "late_interest_cents" bigint null default 0, "recovery_indemnity_cents" bigint not null default 0, "rate_basis_points" int null, "estimate" boolean not null default false, "facts_on" date null, "interest_review" text check ("interest_review" in ('PENDING', 'VALIDATED', 'CONTESTED')) not null default 'PENDING', "interest_review_reason" varchar(1000) null, "interest_paid_cents" bigint null, "interest_paid_on" date null, "overdue_notified_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`create index "invoice_payment_issued_on_index" on "invoice" ("payment_issued_on");`);
    this.addSql(`create index "invoice_supplier_id_invoice_date_index" on "invoice" ("supplier_id", "invoice_date");`);
    this.addSql(`alter table "invoice" add constraint "invoice_supplier_id_number_unique" unique ("supplier_id", "number");`);

    this.addSql(`create table "invoice_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invoice_id" uuid not null, "supplier_id" uuid not null, "status" text check ("status" in ('SUBMITTED', 'RECEIVED', 'TO_REROUTE', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'SERVICE_DONE', 'MANDATED', 'PAYMENT_ISSUED', 'PAID')) not null, "portal_code" varchar(40) null, "on" date not null, "reason" varchar(1000) null, "flag" text check ("flag" in ('NOT_A_LEGAL_INTERRUPTION')) null, "source" varchar(60) not null default 'manual', constraint "invoice_event_pkey" primary key ("id"));`);
    this.addSql(`create index "invoice_event_invoice_id_on_index" on "invoice_event" ("invoice_id", "on");`);

    this.addSql(`create table "contract_holder" ("contract_id" uuid not null, "supplier_id" uuid not null, constraint "contract_holder_pkey" primary key ("contract_id", "supplier_id"));`);

    this.addSql(`create table "user_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(160) not null, "kind" text check ("kind" in ('AGENT', 'SUPPLIER')) not null, "roles" text[] not null, "supplier_id" uuid null, "direction" varchar(160) null, "password_hash" varchar(255) null, "locale" varchar(2) not null default 'fr', "removed_at" timestamptz null, "last_sign_in_at" timestamptz null, "invited_by_id" uuid null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(255) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "one_time_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "purpose" text check ("purpose" in ('SET_PASSWORD')) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "invoice" add constraint "invoice_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "invoice" add constraint "invoice_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "invoice_event" add constraint "invoice_event_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invoice_event" add constraint "invoice_event_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "contract_holder" add constraint "contract_holder_contract_id_foreign" foreign key ("contract_id") references "contract" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_holder" add constraint "contract_holder_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "user_account" add constraint "user_account_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "user_account" add constraint "user_account_invited_by_id_foreign" foreign key ("invited_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_contract_id_foreign";`);

    this.addSql(`alter table "contract_holder" drop constraint "contract_holder_contract_id_foreign";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_supplier_id_foreign";`);

    this.addSql(`alter table "invoice_event" drop constraint "invoice_event_supplier_id_foreign";`);

    this.addSql(`alter table "contract_holder" drop constraint "contract_holder_supplier_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_supplier_id_foreign";`);

    this.addSql(`alter table "invoice_event" drop constraint "invoice_event_invoice_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_invited_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "one_time_token" drop constraint "one_time_token_user_id_foreign";`);

    this.addSql(`drop table if exists "contract" cascade;`);

    this.addSql(`drop table if exists "import_batch" cascade;`);

    this.addSql(`drop table if exists "interest_rate" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoice_event" cascade;`);

    this.addSql(`drop table if exists "contract_holder" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "one_time_token" cascade;`);
  }

}
