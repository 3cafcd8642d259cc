import { Migration } from '@mikro-orm/migrations';

export class Migration20261126020135_privacy_notice extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`user_account\` add column \`privacy_notice_seen_at\` datetime null;`);
  }

}
