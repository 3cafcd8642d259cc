import { Migration } from '@mikro-orm/migrations';

export class Migration20261125235020_ethics extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "consultation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "reference" varchar(60) not null, "title" varchar(500) not null, "published_on" date not null, "bids_due_on" date null, "awarded_on" date null, "notified_on" date null, constraint "consultation_pkey" primary key ("id"));`);
    this.addSql(`alter table "consultation" add constraint "consultation_reference_unique" unique ("reference");`);

    this.addSql(`create table "ethics_charter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null, "title" varchar(200) not null, "body" text not null, "published_by" varchar(60) not null, constraint "ethics_charter_pkey" primary key ("id"));`);
    this.addSql(`alter table "ethics_charter" add constraint "ethics_charter_version_unique" unique ("version");`);

    this.addSql(`create table "ethics_threshold" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "value_cents" int not null, "effective_from" date not null, "set_by" varchar(60) not null, constraint "ethics_threshold_pkey" primary key ("id"));`);
    this.addSql(`alter table "ethics_threshold" add constraint "ethics_threshold_effective_from_unique" unique ("effective_from");`);

    this.addSql(`create table "consultation_candidate" ("consultation_id" uuid not null, "supplier_id" uuid not null, constraint "consultation_candidate_pkey" primary key ("consultation_id", "supplier_id"));`);

    this.addSql(`create table "meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" uuid not null, "held_on" date not null, "topics" jsonb not null, "written_by_id" uuid not null, "response" text check ("response" in ('PENDING', 'CONFIRMED', 'REMARKED')) not null default 'PENDING', "remark" text null, constraint "meeting_pkey" primary key ("id"));`);

    this.addSql(`create table "meeting_agent" ("meeting_id" uuid not null, "user_id" uuid not null, constraint "meeting_agent_pkey" primary key ("meeting_id", "user_id"));`);

    this.addSql(`create table "declaration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" uuid not null, "author_id" uuid not null, "kind" text check ("kind" in ('GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE')) not null, "status" text check ("status" in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) not null default 'SUBMITTED', "anonymous" boolean not null default false, "event_on" date null, "value_cents" int null, "beneficiary_agent_id" uuid null, "beneficiary_department" varchar(200) null, "beneficiary_name" varchar(200) null, "details" jsonb not null, "amends_id" uuid null, "flags" jsonb not null, "cap_cents" int null, "running_total_cents" int null, "flag_consultations" jsonb not null, constraint "declaration_pkey" primary key ("id"));`);

    this.addSql(`create table "declaration_comment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "declaration_id" uuid not null, "supplier_id" uuid not null, "author_id" uuid not null, "body" text not null, "status_from" text check ("status_from" in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) null, "status_to" text check ("status_to" in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) null, constraint "declaration_comment_pkey" primary key ("id"));`);

    this.addSql(`create table "consultation_agent" ("consultation_id" uuid not null, "user_id" uuid not null, constraint "consultation_agent_pkey" primary key ("consultation_id", "user_id"));`);

    this.addSql(`create table "charter_acceptance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "charter_id" uuid not null, "supplier_id" uuid not null, "user_id" uuid not null, constraint "charter_acceptance_pkey" primary key ("id"));`);
    this.addSql(`alter table "charter_acceptance" add constraint "charter_acceptance_charter_id_supplier_id_unique" unique ("charter_id", "supplier_id");`);

    this.addSql(`alter table "consultation_candidate" add constraint "consultation_candidate_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consultation_candidate" add constraint "consultation_candidate_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting" add constraint "meeting_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meeting" add constraint "meeting_written_by_id_foreign" foreign key ("written_by_id") references "user_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting_agent" add constraint "meeting_agent_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_agent" add constraint "meeting_agent_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "declaration" add constraint "declaration_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "declaration" add constraint "declaration_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "declaration" add constraint "declaration_beneficiary_agent_id_foreign" foreign key ("beneficiary_agent_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "declaration" add constraint "declaration_amends_id_foreign" foreign key ("amends_id") references "declaration" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "declaration_comment" add constraint "declaration_comment_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "declaration_comment" add constraint "declaration_comment_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "declaration_comment" add constraint "declaration_comment_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "consultation_agent" add constraint "consultation_agent_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consultation_agent" add constraint "consultation_agent_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "charter_acceptance" add constraint "charter_acceptance_charter_id_foreign" foreign key ("charter_id") references "ethics_charter" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "charter_acceptance" add constraint "charter_acceptance_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "charter_acceptance" add constraint "charter_acceptance_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "consultation_candidate" drop constraint "consultation_candidate_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_agent" drop constraint "consultation_agent_consultation_id_foreign";`);

    this.addSql(`alter table "charter_acceptance" drop constraint "charter_acceptance_charter_id_foreign";`);

    this.addSql(`alter table "meeting_agent" drop constraint "meeting_agent_meeting_id_foreign";`);

    this.addSql(`alter table "declaration" drop constraint "declaration_amends_id_foreign";`);

    this.addSql(`alter table "declaration_comment" drop constraint "declaration_comment_declaration_id_foreign";`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "ethics_charter" cascade;`);

    this.addSql(`drop table if exists "ethics_threshold" cascade;`);

    this.addSql(`drop table if exists "consultation_candidate" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_agent" cascade;`);

    this.addSql(`drop table if exists "declaration" cascade;`);

    this.addSql(`drop table if exists "declaration_comment" cascade;`);

    this.addSql(`drop table if exists "consultation_agent" cascade;`);

    this.addSql(`drop table if exists "charter_acceptance" cascade;`);
  }

}
