import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011706_declaration_attachments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`declaration_attachment\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`declaration_id\` text not null, \`supplier_id\` text not null, \`name\` text not null, \`media_type\` text not null, \`bytes\` integer not null, \`sha256\` text not null, \`content\` blob not null, constraint \`declaration_attachment_declaration_id_foreign\` foreign key(\`declaration_id\`) references \`declaration\`(\`id\`) on delete restrict on update cascade, constraint \`declaration_attachment_supplier_id_foreign\` foreign key(\`supplier_id\`) references \`supplier\`(\`id\`) on delete restrict on update cascade, primary key (\`id\`));`);
    this.addSql(`create index \`declaration_attachment_supplier_id_index\` on \`declaration_attachment\` (\`supplier_id\`);`);
    this.addSql(`create index \`declaration_attachment_declaration_id_index\` on \`declaration_attachment\` (\`declaration_id\`);`);
  }

}
