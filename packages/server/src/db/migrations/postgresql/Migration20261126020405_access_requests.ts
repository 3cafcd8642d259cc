import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020405_access_requests extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "access_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "siret" varchar(14) not null, "requester_name" varchar(120) not null, "email" varchar(254) not null, "role_in_company" varchar(120) not null, "message" text null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', "decided_at" timestamptz null, "decided_by" varchar(60) null, "refusal_reason" text null, "invited_as_owner" boolean null, constraint "access_request_pkey" primary key ("id"));`);
    this.addSql(`create index "access_request_siret_index" on "access_request" ("siret");`);
    this.addSql(`create index "access_request_status_created_at_index" on "access_request" ("status", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_request" cascade;`);
  }

}
