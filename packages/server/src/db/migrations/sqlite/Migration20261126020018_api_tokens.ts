import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020018_api_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_token\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`name\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`roles\` text not null, \`expires_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, constraint \`api_token_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);
    this.addSql(`create index \`api_token_user_id_index\` on \`api_token\` (\`user_id\`);`);
  }

}
