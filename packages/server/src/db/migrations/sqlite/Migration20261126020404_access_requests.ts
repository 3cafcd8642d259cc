import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020404_access_requests extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`access_request\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`siret\` text not null, \`requester_name\` text not null, \`email\` text not null, \`role_in_company\` text not null, \`message\` text null, \`status\` text check (\`status\` in ('PENDING', 'APPROVED', 'REFUSED')) not null default 'PENDING', \`decided_at\` datetime null, \`decided_by\` text null, \`refusal_reason\` text null, \`invited_as_owner\` integer null, primary key (\`id\`));`);
    this.addSql(`create index \`access_request_siret_index\` on \`access_request\` (\`siret\`);`);
    this.addSql(`create index \`access_request_status_created_at_index\` on \`access_request\` (\`status\`, \`created_at\`);`);
  }

}
