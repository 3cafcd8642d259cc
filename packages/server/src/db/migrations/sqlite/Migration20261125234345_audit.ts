import { Migration } from '@mikro-orm/migrations';

export class Migration20261125234345_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_event\` (\`seq\` integer not null, \`occurred_at\` text not null, \`actor\` text not null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` text null, \`before\` text null, \`after\` text null, \`prev_hash\` text not null, \`hash\` text not null, primary key (\`seq\`));`);

    this.addSql(`create table \`audit_head\` (\`id\` integer not null default 1, \`count\` integer not null, \`last_hash\` text not null, primary key (\`id\`));`);
  }

}
