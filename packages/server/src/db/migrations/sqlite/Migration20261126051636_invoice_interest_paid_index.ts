import { Migration } from '@mikro-orm/migrations';

export class Migration20261126051636_invoice_interest_paid_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`invoice_interest_paid_on_index\` on \`invoice\` (\`interest_paid_on\`);`);
  }

}
