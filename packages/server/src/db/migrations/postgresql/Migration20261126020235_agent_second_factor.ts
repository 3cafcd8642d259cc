import { Migration } from '@mikro-orm/migrations';

/**
 * Second factor (mfa_recovery_code, user_account.totp_*, session.mfa_pending). Generated while the
 * mediation module's Dispute and DisputeMessage entities were already registered in entities.ts
 * without their own migration: their tables are created here too.
 */

export class Migration20261126020235_agent_second_factor extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mfa_recovery_code" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, constraint "mfa_recovery_code_pkey" primary key ("id"));`);
    this.addSql(`create index "mfa_recovery_code_user_id_index" on "mfa_recovery_code" ("user_id");`);

    this.addSql(`create table "dispute" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" uuid not null, "opened_by_id" uuid not null, "subject_kind" text check ("subject_kind" in ('INVOICE', 'CONTRACT', 'DECLARATION')) not null, "subject_id" uuid not null, "subject_label" varchar(300) not null, "title" varchar(200) not null, "status" text check ("status" in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) not null default 'OPEN', "opened_on" date not null, "first_answer_at" timestamptz null, "closed_at" timestamptz null, "closed_on" date null, "days_to_close" int null, "last_activity_at" timestamptz not null, constraint "dispute_pkey" primary key ("id"));`);
    this.addSql(`create index "dispute_supplier_id_created_at_index" on "dispute" ("supplier_id", "created_at");`);
    this.addSql(`create index "dispute_status_created_at_index" on "dispute" ("status", "created_at");`);

    this.addSql(`create table "dispute_message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "dispute_id" uuid not null, "supplier_id" uuid not null, "author_id" uuid not null, "from_mediator" boolean not null, "internal" boolean not null default false, "body" text not null, "status_from" text check ("status_from" in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) null, "status_to" text check ("status_to" in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) null, constraint "dispute_message_pkey" primary key ("id"));`);
    this.addSql(`create index "dispute_message_dispute_id_created_at_index" on "dispute_message" ("dispute_id", "created_at");`);

    this.addSql(`alter table "mfa_recovery_code" add constraint "mfa_recovery_code_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "dispute" add constraint "dispute_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dispute" add constraint "dispute_opened_by_id_foreign" foreign key ("opened_by_id") references "user_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "dispute_message" add constraint "dispute_message_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "dispute_message" add constraint "dispute_message_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dispute_message" add constraint "dispute_message_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "user_account" add column "totp_secret" varchar(255) null, add column "totp_enabled_at" timestamptz null;`);

    this.addSql(`alter table "session" add column "mfa_pending" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispute_message" drop constraint "dispute_message_dispute_id_foreign";`);

    this.addSql(`drop table if exists "mfa_recovery_code" cascade;`);

    this.addSql(`drop table if exists "dispute" cascade;`);

    this.addSql(`drop table if exists "dispute_message" cascade;`);

    this.addSql(`alter table "user_account" drop column "totp_secret", drop column "totp_enabled_at";`);

    this.addSql(`alter table "session" drop column "mfa_pending";`);
  }

}
