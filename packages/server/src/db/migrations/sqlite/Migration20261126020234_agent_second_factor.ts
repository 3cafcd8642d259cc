import { Migration } from '@mikro-orm/migrations';

/**
 * Second factor (mfa_recovery_code, user_account.totp_*, session.mfa_pending). Generated while the
 * mediation module's Dispute and DisputeMessage entities were already registered in entities.ts
 * without their own migration: their tables are created here too.
 */

export class Migration20261126020234_agent_second_factor extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`mfa_recovery_code\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` text not null, \`code_hash\` text not null, \`used_at\` datetime null, constraint \`mfa_recovery_code_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`mfa_recovery_code_user_id_index\` on \`mfa_recovery_code\` (\`user_id\`);`);

    this.addSql(`create table \`dispute\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`supplier_id\` text not null, \`opened_by_id\` text not null, \`subject_kind\` text check (\`subject_kind\` in ('INVOICE', 'CONTRACT', 'DECLARATION')) not null, \`subject_id\` text not null, \`subject_label\` text not null, \`title\` text not null, \`status\` text check (\`status\` in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) not null default 'OPEN', \`opened_on\` date not null, \`first_answer_at\` datetime null, \`closed_at\` datetime null, \`closed_on\` date null, \`days_to_close\` integer null, \`last_activity_at\` datetime not null, constraint \`dispute_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`dispute_opened_by_id_foreign\` foreign key(\`opened_by_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`dispute_supplier_id_index\` on \`dispute\` (\`supplier_id\`);`);
    this.addSql(`create index \`dispute_opened_by_id_index\` on \`dispute\` (\`opened_by_id\`);`);
    this.addSql(`create index \`dispute_supplier_id_created_at_index\` on \`dispute\` (\`supplier_id\`, \`created_at\`);`);
    this.addSql(`create index \`dispute_status_created_at_index\` on \`dispute\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`dispute_message\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`dispute_id\` text not null, \`supplier_id\` text not null, \`author_id\` text not null, \`from_mediator\` integer not null, \`internal\` integer not null default false, \`body\` text not null, \`status_from\` text check (\`status_from\` in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) null, \`status_to\` text check (\`status_to\` in ('OPEN', 'UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT', 'WITHDRAWN')) null, constraint \`dispute_message_dispute_id_foreign\` foreign key(\`dispute_id\`) references \`dispute\`(\`id\`) on delete cascade on update cascade, constraint \`dispute_message_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`dispute_message_author_id_foreign\` foreign key(\`author_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`dispute_message_dispute_id_index\` on \`dispute_message\` (\`dispute_id\`);`);
    this.addSql(`create index \`dispute_message_supplier_id_index\` on \`dispute_message\` (\`supplier_id\`);`);
    this.addSql(`create index \`dispute_message_author_id_index\` on \`dispute_message\` (\`author_id\`);`);
    this.addSql(`create index \`dispute_message_dispute_id_created_at_index\` on \`dispute_message\` (\`dispute_id\`, \`created_at\`);`);

    this.addSql(`alter table \`user_account\` add column \`totp_secret\` text null;`);
    this.addSql(`alter table \`user_account\` add column \`totp_enabled_at\` datetime null;`);

    this.addSql(`alter table \`session\` add column \`mfa_pending\` integer not null default false;`);
  }

}
