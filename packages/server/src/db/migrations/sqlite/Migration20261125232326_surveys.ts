import { Migration } from '@mikro-orm/migrations';

export class Migration20261125232326_surveys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`survey_campaign\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`title\` text not null, \`year\` integer not null, \`status\` text check (\`status\` in ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')) not null default 'DRAFT', \`opens_on\` date not null, \`closes_on\` date not null, \`anonymous\` integer not null default true, \`intro_fr\` text null, \`intro_en\` text null, \`audience\` json not null, \`reminder_gap_days\` integer not null default 7, \`max_reminders\` integer not null default 2, \`auto_remind\` integer not null default true, \`opened_at\` datetime null, \`closed_at\` datetime null, primary key (\`id\`));`);

    this.addSql(`create table \`survey_draft\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` text not null, \`supplier_id\` text not null, \`answers\` json not null, constraint \`survey_draft_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`survey_campaign\`(\`id\`) on delete cascade on update cascade, constraint \`survey_draft_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_draft_campaign_id_index\` on \`survey_draft\` (\`campaign_id\`);`);
    this.addSql(`create index \`survey_draft_supplier_id_index\` on \`survey_draft\` (\`supplier_id\`);`);
    this.addSql(`create unique index \`survey_draft_campaign_id_supplier_id_unique\` on \`survey_draft\` (\`campaign_id\`, \`supplier_id\`);`);

    this.addSql(`create table \`survey_invitation\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` text not null, \`supplier_id\` text not null, \`sent_at\` datetime null, \`last_reminded_at\` datetime null, \`reminder_count\` integer not null default 0, \`answered\` integer not null default false, \`answered_at\` datetime null, constraint \`survey_invitation_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`survey_campaign\`(\`id\`) on delete cascade on update cascade, constraint \`survey_invitation_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_invitation_campaign_id_index\` on \`survey_invitation\` (\`campaign_id\`);`);
    this.addSql(`create index \`survey_invitation_supplier_id_index\` on \`survey_invitation\` (\`supplier_id\`);`);
    this.addSql(`create unique index \`survey_invitation_campaign_id_supplier_id_unique\` on \`survey_invitation\` (\`campaign_id\`, \`supplier_id\`);`);

    this.addSql(`create table \`survey_link\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`invitation_id\` text not null, \`token_hash\` text not null, constraint \`survey_link_invitation_id_foreign\` foreign key(\`invitation_id\`) references \`survey_invitation\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_link_invitation_id_index\` on \`survey_link\` (\`invitation_id\`);`);
    this.addSql(`create unique index \`survey_link_token_hash_unique\` on \`survey_link\` (\`token_hash\`);`);

    this.addSql(`create table \`survey_question\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` text not null, \`position\` integer not null, \`type\` text check (\`type\` in ('SATISFACTION_5', 'RECOMMEND_10', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO', 'FREE_TEXT')) not null, \`label_fr\` text not null, \`label_en\` text not null, \`required\` integer not null default true, \`options\` json not null, \`show_if\` json null, \`headline\` integer not null default false, constraint \`survey_question_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`survey_campaign\`(\`id\`) on delete cascade on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_question_campaign_id_index\` on \`survey_question\` (\`campaign_id\`);`);
    this.addSql(`create index \`survey_question_campaign_id_position_index\` on \`survey_question\` (\`campaign_id\`, \`position\`);`);

    this.addSql(`create table \`survey_response\` (\`id\` text not null, \`campaign_id\` text not null, \`submitted_on\` date not null, \`size_category\` text null, \`is_regional\` integer null, \`answers\` json not null, \`supplier_id\` text null, \`respondent_id\` text null, \`submitted_at\` datetime null, constraint \`survey_response_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`survey_campaign\`(\`id\`) on delete cascade on update cascade, constraint \`survey_response_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, constraint \`survey_response_respondent_id_foreign\` foreign key(\`respondent_id\`) references \`user_account\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`survey_response_campaign_id_index\` on \`survey_response\` (\`campaign_id\`);`);
    this.addSql(`create index \`survey_response_supplier_id_index\` on \`survey_response\` (\`supplier_id\`);`);
    this.addSql(`create index \`survey_response_respondent_id_index\` on \`survey_response\` (\`respondent_id\`);`);
  }

}
