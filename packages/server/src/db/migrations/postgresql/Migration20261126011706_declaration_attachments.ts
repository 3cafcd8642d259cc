import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011706_declaration_attachments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "declaration_attachment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "declaration_id" uuid not null, "supplier_id" uuid not null, "name" varchar(255) not null, "media_type" varchar(50) not null, "bytes" int not null, "sha256" varchar(64) not null, "content" bytea not null, constraint "declaration_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "declaration_attachment_declaration_id_index" on "declaration_attachment" ("declaration_id");`);

    this.addSql(`alter table "declaration_attachment" add constraint "declaration_attachment_declaration_id_foreign" foreign key ("declaration_id") references "declaration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "declaration_attachment" add constraint "declaration_attachment_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "declaration_attachment" cascade;`);
  }

}
