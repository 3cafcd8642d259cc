import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232327_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "survey_campaign" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(200) not null, "year" int not null, "status" text check ("status" in ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')) not null default 'DRAFT', "opens_on" date not null, "closes_on" date not null, "anonymous" boolean not null default true, "intro_fr" text null, "intro_en" text null, "audience" jsonb not null, "reminder_gap_days" int not null default 7, "max_reminders" int not null default 2, "auto_remind" boolean not null default true, "opened_at" timestamptz null, "closed_at" timestamptz null, constraint "survey_campaign_pkey" primary key ("id"));`);

    this.addSql(`create table "survey_draft" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "supplier_id" uuid not null, "answers" jsonb not null, constraint "survey_draft_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_draft" add constraint "survey_draft_campaign_id_supplier_id_unique" unique ("campaign_id", "supplier_id");`);

    this.addSql(`create table "survey_invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "supplier_id" uuid not null, "sent_at" timestamptz null, "last_reminded_at" timestamptz null, "reminder_count" int not null default 0, "answered" boolean not null default false, "answered_at" timestamptz null, constraint "survey_invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_campaign_id_supplier_id_unique" unique ("campaign_id", "supplier_id");`);

    this.addSql(`create table "survey_link" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invitation_id" uuid not null, "token_hash" varchar(64) not null, constraint "survey_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "survey_link" add constraint "survey_link_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "survey_question" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "position" int not null, "type" text check ("type" in ('SATISFACTION_5', 'RECOMMEND_10', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'FREE_TEXT')) not null, "label_fr" text not null, "label_en" text not null, "required" boolean not null default true, "options" jsonb not null, "show_if" jsonb null, "headline" boolean not null default false, constraint "survey_question_pkey" primary key ("id"));`);
    this.addSql(`create index "survey_question_campaign_id_position_index" on "survey_question" ("campaign_id", "position");`);

    this.addSql(`create table "survey_response" ("id" uuid not null, "campaign_id" uuid not null, "submitted_on" date not null, "size_category" varchar(20) null, "is_regional" boolean null, "answers" jsonb not null, "supplier_id" uuid null, "respondent_id" uuid null, "submitted_at" timestamptz null, constraint "survey_response_pkey" primary key ("id"));`);

    this.addSql(`alter table "survey_draft" add constraint "survey_draft_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_draft" add constraint "survey_draft_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_invitation" add constraint "survey_invitation_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_link" add constraint "survey_link_invitation_id_foreign" foreign key ("invitation_id") references "survey_invitation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_question" add constraint "survey_question_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "survey_response" add constraint "survey_response_campaign_id_foreign" foreign key ("campaign_id") references "survey_campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "survey_response" add constraint "survey_response_respondent_id_foreign" foreign key ("respondent_id") references "user_account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_draft" drop constraint "survey_draft_campaign_id_foreign";`);

    this.addSql(`alter table "survey_invitation" drop constraint "survey_invitation_campaign_id_foreign";`);

    this.addSql(`alter table "survey_question" drop constraint "survey_question_campaign_id_foreign";`);

    this.addSql(`alter table "survey_response" drop constraint "survey_response_campaign_id_foreign";`);

    this.addSql(`alter table "survey_link" drop constraint "survey_link_invitation_id_foreign";`);

    this.addSql(`drop table if exists "survey_campaign" cascade;`);

    this.addSql(`drop table if exists "survey_draft" cascade;`);

    this.addSql(`drop table if exists "survey_invitation" cascade;`);

    this.addSql(`drop table if exists "survey_link" cascade;`);

    this.addSql(`drop table if exists "survey_question" cascade;`);

    this.addSql(`drop table if exists "survey_response" cascade;`);
  }

}
