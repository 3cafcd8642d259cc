import { Migration } from '@mikro-orm/migrations';

export class Migration20261125223724_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`outbox_message\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`idempotency_key\` text not null, \`recipient\` text not null, \`subject\` text not null, \`text\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SENDING', 'SENT', 'DEV_OUTBOX', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`sent_at\` datetime null, \`last_error\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`outbox_message_idempotency_key_unique\` on \`outbox_message\` (\`idempotency_key\`);`);
    this.addSql(`create index \`outbox_message_status_next_attempt_at_index\` on \`outbox_message\` (\`status\`, \`next_attempt_at\`);`);

    this.addSql(`create table \`rate_limit\` (\`bucket\` text not null, \`hits\` integer not null, \`window_start\` bigint not null, primary key (\`bucket\`));`);

    this.addSql(`create table \`supplier\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`identifier_type\` text check (\`identifier_type\` in ('SIRET', 'VAT', 'NONE')) not null default 'SIRET', \`siret\` text null, \`siren\` text null, \`vat_number\` text null, \`legal_name\` text not null, \`address_line\` text null, \`postal_code\` text null, \`city\` text null, \`department\` text null, \`is_regional\` integer not null default false, \`size_category\` text check (\`size_category\` in ('MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE')) null, \`size_year\` integer null, \`naf_code\` text null, \`contact_email\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`supplier_siret_unique\` on \`supplier\` (\`siret\`);`);
    this.addSql(`create index \`supplier_siren_index\` on \`supplier\` (\`siren\`);`);
    this.addSql(`create unique index \`supplier_vat_number_unique\` on \`supplier\` (\`vat_number\`);`);

    this.addSql(`create table \`user_account\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`display_name\` text not null, \`kind\` text check (\`kind\` in ('AGENT', 'SUPPLIER')) not null, \`roles\` text not null, \`supplier_id\` text null, \`direction\` text null, \`password_hash\` text null, \`locale\` text not null default 'fr', \`removed_at\` datetime null, \`last_sign_in_at\` datetime null, \`invited_by_id\` text null, constraint \`user_account_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`user_account_invited_by_id_foreign\` foreign key(\`invited_by_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`user_account_email_unique\` on \`user_account\` (\`email\`);`);
    this.addSql(`create index \`user_account_supplier_id_index\` on \`user_account\` (\`supplier_id\`);`);
    this.addSql(`create index \`user_account_invited_by_id_index\` on \`user_account\` (\`invited_by_id\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, \`user_agent\` text null, constraint \`session_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`session_token_hash_unique\` on \`session\` (\`token_hash\`);`);
    this.addSql(`create index \`session_user_id_index\` on \`session\` (\`user_id\`);`);

    this.addSql(`create table \`one_time_token\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`purpose\` text check (\`purpose\` in ('SET_PASSWORD')) not null, \`user_id\` text not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`one_time_token_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create unique index \`one_time_token_token_hash_unique\` on \`one_time_token\` (\`token_hash\`);`);
    this.addSql(`create index \`one_time_token_user_id_index\` on \`one_time_token\` (\`user_id\`);`);
  }

}
