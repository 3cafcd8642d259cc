import { Migration } from '@mikro-orm/migrations';

/**
 * Written by hand: the database itself refuses to change or remove audit events (SPEC §3). In
 * production the application connects with a role that does not own these tables, so that it
 * cannot drop the triggers (see the README).
 */
export class Migration20261125234500_audit_guards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_event is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_change before update or delete on audit_event for each row execute function audit_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function audit_append_only();`);
    this.addSql(`create or replace function audit_head_forward() returns trigger language plpgsql as $$ begin if tg_op = 'DELETE' or new.count <> old.count + 1 then raise exception 'audit_head only moves forward, one event at a time'; end if; return new; end $$;`);
    this.addSql(`create trigger audit_head_guard before update or delete on audit_head for each row execute function audit_head_forward();`);
  }
}
