import { Migration } from '@mikro-orm/migrations';

export class Migration20261125223724_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "idempotency_key" varchar(255) not null, "recipient" varchar(254) not null, "subject" varchar(255) not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'DEV_OUTBOX', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "last_error" text null, constraint "outbox_message_pkey" primary key ("id"));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);

    this.addSql(`create table "rate_limit" ("bucket" varchar(200) not null, "hits" int not null, "window_start" bigint not null, constraint "rate_limit_pkey" primary key ("bucket"));`);

    this.addSql(`create table "supplier" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "identifier_type" text check ("identifier_type" in ('SIRET', 'VAT', 'NONE')) not null default 'SIRET', "siret" varchar(14) null, "siren" varchar(9) null, "vat_number" varchar(20) null, "legal_name" varchar(255) not null, "address_line" varchar(255) null, "postal_code" varchar(10) null, "city" varchar(120) null, "department" varchar(3) null, "is_regional" boolean not null default false, "size_category" text check ("size_category" in ('MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE')) null, "size_year" int null, "naf_code" varchar(6) null, "contact_email" varchar(254) null, constraint "supplier_pkey" primary key ("id"));`);
    this.addSql(`alter table "supplier" add constraint "supplier_siret_unique" unique ("siret");`);
    this.addSql(`create index "supplier_siren_index" on "supplier" ("siren");`);
    this.addSql(`alter table "supplier" add constraint "supplier_vat_number_unique" unique ("vat_number");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(160) not null, "kind" text check ("kind" in ('AGENT', 'SUPPLIER')) not null, "roles" text[] not null, "supplier_id" uuid null, "direction" varchar(160) null, "password_hash" varchar(255) null, "locale" varchar(2) not null default 'fr', "removed_at" timestamptz null, "last_sign_in_at" timestamptz null, "invited_by_id" uuid null, constraint "user_account_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(255) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "one_time_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "purpose" text check ("purpose" in ('SET_PASSWORD')) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "user_account" add constraint "user_account_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "user_account" add constraint "user_account_invited_by_id_foreign" foreign key ("invited_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_account" drop constraint "user_account_supplier_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_invited_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "one_time_token" drop constraint "one_time_token_user_id_foreign";`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "supplier" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "one_time_token" cascade;`);
  }

}
