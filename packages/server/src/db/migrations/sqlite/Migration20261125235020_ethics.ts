import { Migration } from '@mikro-orm/migrations';

export class Migration20261125235020_ethics extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`consultation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`reference\` text not null, \`title\` text not null, \`published_on\` date not null, \`bids_due_on\` date null, \`awarded_on\` date null, \`notified_on\` date null, primary key (\`id\`));`);
    this.addSql(`create unique index \`consultation_reference_unique\` on \`consultation\` (\`reference\`);`);

    this.addSql(`create table \`ethics_charter\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null, \`title\` text not null, \`body\` text not null, \`published_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`ethics_charter_version_unique\` on \`ethics_charter\` (\`version\`);`);

    this.addSql(`create table \`ethics_threshold\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`value_cents\` integer not null, \`effective_from\` date not null, \`set_by\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`ethics_threshold_effective_from_unique\` on \`ethics_threshold\` (\`effective_from\`);`);

    this.addSql(`create table \`consultation_candidate\` (\`consultation_id\` text not null, \`supplier_id\` text not null, constraint \`consultation_candidate_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on delete cascade on update cascade, constraint \`consultation_candidate_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, primary key (\`consultation_id\`, \`supplier_id\`));`);
    this.addSql(`create index \`consultation_candidate_consultation_id_index\` on \`consultation_candidate\` (\`consultation_id\`);`);
    this.addSql(`create index \`consultation_candidate_supplier_id_index\` on \`consultation_candidate\` (\`supplier_id\`);`);

    this.addSql(`create table \`meeting\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`supplier_id\` text not null, \`held_on\` date not null, \`topics\` json not null, \`written_by_id\` text not null, \`response\` text check (\`response\` in ('PENDING', 'CONFIRMED', 'REMARKED')) not null default 'PENDING', \`remark\` text null, constraint \`meeting_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`meeting_written_by_id_foreign\` foreign key(\`written_by_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_supplier_id_index\` on \`meeting\` (\`supplier_id\`);`);
    this.addSql(`create index \`meeting_written_by_id_index\` on \`meeting\` (\`written_by_id\`);`);

    this.addSql(`create table \`meeting_agent\` (\`meeting_id\` text not null, \`user_id\` text not null, constraint \`meeting_agent_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`meeting\`(\`id\`) on delete cascade on update cascade, constraint \`meeting_agent_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`meeting_id\`, \`user_id\`));`);
    this.addSql(`create index \`meeting_agent_meeting_id_index\` on \`meeting_agent\` (\`meeting_id\`);`);
    this.addSql(`create index \`meeting_agent_user_id_index\` on \`meeting_agent\` (\`user_id\`);`);

    this.addSql(`create table \`declaration\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`supplier_id\` text not null, \`author_id\` text not null, \`kind\` text check (\`kind\` in ('GIFT', 'INVITATION', 'CONFLICT_OF_INTEREST', 'ANTI_COMPETITIVE_PRACTICE')) not null, \`status\` text check (\`status\` in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) not null default 'SUBMITTED', \`anonymous\` integer not null default false, \`event_on\` date null, \`value_cents\` integer null, \`beneficiary_agent_id\` text null, \`beneficiary_department\` text null, \`beneficiary_name\` text null, \`details\` json not null, \`amends_id\` text null, \`flags\` json not null, \`cap_cents\` integer null, \`running_total_cents\` integer null, \`flag_consultations\` json not null, constraint \`declaration_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`declaration_author_id_foreign\` foreign key(\`author_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, constraint \`declaration_beneficiary_agent_id_foreign\` foreign key(\`beneficiary_agent_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, constraint \`declaration_amends_id_foreign\` foreign key(\`amends_id\`) references \`declaration\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`declaration_supplier_id_index\` on \`declaration\` (\`supplier_id\`);`);
    this.addSql(`create index \`declaration_author_id_index\` on \`declaration\` (\`author_id\`);`);
    this.addSql(`create index \`declaration_beneficiary_agent_id_index\` on \`declaration\` (\`beneficiary_agent_id\`);`);
    this.addSql(`create index \`declaration_amends_id_index\` on \`declaration\` (\`amends_id\`);`);

    this.addSql(`create table \`declaration_comment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`declaration_id\` text not null, \`supplier_id\` text not null, \`author_id\` text not null, \`body\` text not null, \`status_from\` text check (\`status_from\` in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) null, \`status_to\` text check (\`status_to\` in ('SUBMITTED', 'UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED', 'CLOSED')) null, constraint \`declaration_comment_declaration_id_foreign\` foreign key(\`declaration_id\`) references \`declaration\`(\`id\`) on delete cascade on update cascade, constraint \`declaration_comment_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, constraint \`declaration_comment_author_id_foreign\` foreign key(\`author_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`declaration_comment_declaration_id_index\` on \`declaration_comment\` (\`declaration_id\`);`);
    this.addSql(`create index \`declaration_comment_supplier_id_index\` on \`declaration_comment\` (\`supplier_id\`);`);
    this.addSql(`create index \`declaration_comment_author_id_index\` on \`declaration_comment\` (\`author_id\`);`);

    this.addSql(`create table \`consultation_agent\` (\`consultation_id\` text not null, \`user_id\` text not null, constraint \`consultation_agent_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on delete cascade on update cascade, constraint \`consultation_agent_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete cascade on update cascade, primary key (\`consultation_id\`, \`user_id\`));`);
    this.addSql(`create index \`consultation_agent_consultation_id_index\` on \`consultation_agent\` (\`consultation_id\`);`);
    this.addSql(`create index \`consultation_agent_user_id_index\` on \`consultation_agent\` (\`user_id\`);`);

    this.addSql(`create table \`charter_acceptance\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`charter_id\` text not null, \`supplier_id\` text not null, \`user_id\` text not null, constraint \`charter_acceptance_charter_id_foreign\` foreign key(\`charter_id\`) references \`ethics_charter\`(\`id\`) on delete restrict on update cascade, constraint \`charter_acceptance_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, constraint \`charter_acceptance_user_id_foreign\` foreign key(\`user_id\`) references \`user_account\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`charter_acceptance_charter_id_index\` on \`charter_acceptance\` (\`charter_id\`);`);
    this.addSql(`create index \`charter_acceptance_supplier_id_index\` on \`charter_acceptance\` (\`supplier_id\`);`);
    this.addSql(`create index \`charter_acceptance_user_id_index\` on \`charter_acceptance\` (\`user_id\`);`);
    this.addSql(`create unique index \`charter_acceptance_charter_id_supplier_id_unique\` on \`charter_acceptance\` (\`charter_id\`, \`supplier_id\`);`);
  }

}
