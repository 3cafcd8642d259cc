import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234346_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("seq" int not null, "occurred_at" varchar(30) not null, "actor" varchar(60) not null, "action" varchar(80) not null, "entity_type" varchar(60) not null, "entity_id" varchar(60) null, "before" text null, "after" text null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("seq"));`);

    this.addSql(`create table "audit_head" ("id" int not null default 1, "count" int not null, "last_hash" varchar(64) not null, constraint "audit_head_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "audit_head" cascade;`);
  }

}
