import { Migration } from '@mikro-orm/migrations';

/** Written by hand: the database itself refuses to change or remove audit events (SPEC §3). */
export class Migration20261125234500_audit_guards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create trigger audit_event_no_update before update on audit_event begin select raise(abort, 'audit_event is append-only'); end;`);
    this.addSql(`create trigger audit_event_no_delete before delete on audit_event begin select raise(abort, 'audit_event is append-only'); end;`);
    this.addSql(`create trigger audit_head_forward before update on audit_head when new.count <> old.count + 1 begin select raise(abort, 'audit_head only moves forward, one event at a time'); end;`);
    this.addSql(`create trigger audit_head_no_delete before delete on audit_head begin select raise(abort, 'audit_head cannot be removed'); end;`);
  }
}
