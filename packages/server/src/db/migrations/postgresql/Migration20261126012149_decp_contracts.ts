import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012149_decp_contracts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "contract" add column "buyer_name" varchar(255) null, add column "nature" varchar(120) null, add column "procedure" varchar(120) null, add column "cpv_code" varchar(20) null, add column "notified_on" date null, add column "duration_months" int null, add column "initial_amount_cents" bigint null, add column "modified_on" date null, add column "subcontracting" jsonb null, add column "source" varchar(80) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract" drop column "buyer_name", drop column "nature", drop column "procedure", drop column "cpv_code", drop column "notified_on", drop column "duration_months", drop column "initial_amount_cents", drop column "modified_on", drop column "subcontracting", drop column "source";`);
  }

}
