import { Migration } from '@mikro-orm/migrations';

export class Migration20261125233431_outbox_priority extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "outbox_message_status_next_attempt_at_index";`);

    this.addSql(`alter table "outbox_message" add column "priority" smallint not null default 0;`);
    this.addSql(`create index "outbox_message_status_priority_next_attempt_at_index" on "outbox_message" ("status", "priority", "next_attempt_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_message_status_priority_next_attempt_at_index";`);
    this.addSql(`alter table "outbox_message" drop column "priority";`);

    this.addSql(`create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`);
  }

}
