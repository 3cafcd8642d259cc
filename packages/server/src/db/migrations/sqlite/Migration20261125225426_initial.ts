import { Migration } from '@mikro-orm/migrations';

export class Migration20261125225426_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`contract\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`buyer_id\` text not null, \`reference\` text not null, \`title\` text not null, \`start_on\` date null, \`end_on\` date null, \`amount_cents\` bigint null, \`payment_delay_days\` integer not null default 30, \`is_works\` integer not null default false, \`social_clause\` text check (\`social_clause\` in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', \`environmental_clause\` text check (\`environmental_clause\` in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', \`low_carbon_transport\` text check (\`low_carbon_transport\` in ('YES', 'NO', 'UNKNOWN')) not null default 'UNKNOWN', primary key (\`id\`));`);
    this.addSql(`create unique index \`contract_buyer_id_reference_unique\` on \`contract\` (\`buyer_id\`, \`reference\`);`);

    this.addSql(`create table \`import_batch\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text check (\`kind\` in ('INVOICES')) not null, \`file_name\` text not null, \`digest\` text null, \`rows\` integer not null default 0, \`created\` integer not null default 0, \`updated\` integer not null default 0, \`unchanged\` integer not null default 0, \`rejected\` integer not null default 0, \`actor\` text not null, \`finished_at\` datetime null, primary key (\`id\`));`);

    this.addSql(`create table \`interest_rate\` (\`half_year_start\` date not null, \`ecb_basis_points\` integer not null, \`to_confirm\` integer not null default false, \`updated_at\` datetime not null, primary key (\`half_year_start\`));`);

    this.addSql(`create table \`outbox_message\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`idempotency_key\` text not null, \`recipient\` text not null, \`subject\` text not null, \`text\` text not null, \`status\` text check (\`status\` in ('PENDING', 'SENDING', 'SENT', 'DEV_OUTBOX', 'FAILED')) not null default 'PENDING', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`sent_at\` datetime null, \`last_error\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`outbox_message_idempotency_key_unique\` on \`outbox_message\` (\`idempotency_key\`);`);
    this.addSql(`create index \`outbox_message_status_next_attempt_at_index\` on \`outbox_message\` (\`status\`, \`next_attempt_at\`);`);

    this.addSql(`create table \`rate_limit\` (\`bucket\` text not null, \`hits\` integer not null, \`window_start\` bigint not null, primary key (\`bucket\`));`);

    this.addSql(`create table \`supplier\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`identifier_type\` text check (\`identifier_type\` in ('SIRET', 'VAT', 'NONE')) not null default 'SIRET', \`siret\` text null, \`siren\` text null, \`vat_number\` text null, \`legal_name\` text not null, \`address_line\` text null, \`postal_code\` text null, \`city\` text null, \`department\` text null, \`is_regional\` integer not null default false, \`size_category\` text check (\`size_category\` in ('MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE')) null, \`size_year\` integer null, \`naf_code\` text null, \`contact_email\` text null, primary key (\`id\`));`);
    this.addSql(`create unique index \`supplier_siret_unique\` on \`supplier\` (\`siret\`);`);
    this.addSql(`create index \`supplier_siren_index\` on \`supplier\` (\`siren\`);`);
    this.addSql(`create unique index \`supplier_vat_number_unique\` on \`supplier\` (\`vat_number\`);`);

    this.addSql(`create table \`invoice\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`supplier_id\` text not null, \`number\` text not null, \`contract_id\` text null, \`contract_reference\` text null, \`invoice_date\` date not null, \`declared_received_on\` date null, \`amount_excl_tax_cents\` bigint not null, \`amount_incl_tax_cents\` bigint not null, \`status\` text check (\`status\` in ('SUBMITTED', 'RECEIVED', 'TO_REROUTE', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'SERVICE_DONE', 'MANDATED', 'PAYMENT_ISSUED', 'PAID')) not null, \`status_on\` date not null, \`payment_delay_days\` integer not null default 30, \`received_on\` date null, \`deadline\` date null, \`payment_issued_on\` date null, \`observed_delay_days\` integer null, \`days_late\` integer not null default 0, \`late_interest_cents\` bigint null default 0, \`recovery_indemnity_cents\` bigint not null default 0, \`rate_basis_points\` integer null, \`estimate\` integer not null default false, \`facts_on\` date null, \`interest_review\` text check (\`interest_review\` in ('PENDING', 'VALIDATED', 'CONTESTED')) not null default 'PENDING', \`interest_review_reason\` text null, \`interest_paid_cents\` bigint null, \`interest_paid_on\` date null, \`overdue_notified_at\` datetime null, constraint \`invoice_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, constraint \`invoice_contract_id_foreign\` foreign key(\`contract_id\`) references \`contract\`(\`id\`) on delete set null on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invoice_supplier_id_index\` on \`invoice\` (\`supplier_id\`);`);
    this.addSql(`create index \`invoice_contract_id_index\` on \`invoice\` (\`contract_id\`);`);
    this.addSql(`create index \`invoice_payment_issued_on_index\` on \`invoice\` (\`payment_issued_on\`);`);
    this.addSql(`create index \`invoice_supplier_id_invoice_date_index\` on \`invoice\` (\`supplier_id\`, \`invoice_date\`);`);
    this.addSql(`create unique index \`invoice_supplier_id_number_unique\` on \`invoice\` (\`supplier_id\`, \`number\`);`);

    this.addSql(`create table \`invoice_event\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`invoice_id\` text not null, \`supplier_id\` text not null, \`status\` text check (\`status\` in ('SUBMITTED', 'RECEIVED', 'TO_REROUTE', 'SUSPENDED', 'COMPLETED', 'REJECTED', 'SERVICE_DONE', 'MANDATED', 'PAYMENT_ISSUED', 'PAID')) not null, \`portal_code\` text null, \`on\` date not null, \`reason\` text null, \`flag\` text check (\`flag\` in ('NOT_A_LEGAL_INTERRUPTION')) null, \`source\` text not null default 'manual', constraint \`invoice_event_invoice_id_foreign\` foreign key(\`invoice_id\`) references \`invoice\`(\`id\`) on delete cascade on update cascade, constraint \`invoice_event_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`invoice_event_invoice_id_index\` on \`invoice_event\` (\`invoice_id\`);`);
    this.addSql(`create index \`invoice_event_supplier_id_index\` on \`invoice_event\` (\`supplier_id\`);`);
    this.addSql(`create index \`invoice_event_invoice_id_on_index\` on \`invoice_event\` (\`invoice_id\`, \`on\`);`);

    this.addSql(`create table \`contract_holder\` (\`contract_id\` text not null, \`supplier_id\` text not null, constraint \`contract_holder_contract_id_foreign\` foreign key(\`contract_id\`) references \`contract\`(\`id\`) on delete cascade on update cascade, constraint \`contract_holder_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete cascade on update cascade, primary key (\`contract_id\`, \`supplier_id\`));`);
    this.addSql(`create index \`contract_holder_contract_id_index\` on \`contract_holder\` (\`contract_id\`);`);
    this.addSql(`create index \`contract_holder_supplier_id_index\` on \`contract_holder\` (\`supplier_id\`);`);

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
