import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012149_decp_contracts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`contract\` add column \`buyer_name\` text null;`);
    this.addSql(`alter table \`contract\` add column \`nature\` text null;`);
    this.addSql(`alter table \`contract\` add column \`procedure\` text null;`);
    this.addSql(`alter table \`contract\` add column \`cpv_code\` text null;`);
    this.addSql(`alter table \`contract\` add column \`notified_on\` date null;`);
    this.addSql(`alter table \`contract\` add column \`duration_months\` integer null;`);
    this.addSql(`alter table \`contract\` add column \`initial_amount_cents\` bigint null;`);
    this.addSql(`alter table \`contract\` add column \`modified_on\` date null;`);
    this.addSql(`alter table \`contract\` add column \`subcontracting\` json null;`);
    this.addSql(`alter table \`contract\` add column \`source\` text null;`);
  }

}
