import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../../shared/errors';
import type { Role } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Checkbox, TextField } from '../../shared/ui/TextField';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import { CreateApiTokenMutation } from './token-documents';
import { checkTokenForm, DEFAULT_DAYS, MAX_DAYS, MAX_NAME, type TokenForm, type TokenProblem } from './tokens';

export interface Created {
  secret: string;
  name: string;
}

/** A new token: a name, the roles it carries (among the agent's own), how many days it lasts. */
export function CreateTokenForm({ grantable, onCreated }: { grantable: Role[]; onCreated: (created: Created) => void }) {
  const t = useIndicatorsT();
  const [form, setForm] = useState<TokenForm>({ name: '', roles: grantable, days: String(DEFAULT_DAYS) });
  const [problems, setProblems] = useState<Partial<Record<'name' | 'roles' | 'days', TokenProblem>>>({});
  const [create, { loading, error, reset }] = useMutation(CreateApiTokenMutation);
  const server = fieldErrors(error);
  const problem = (field: 'name' | 'roles' | 'days') => (problems[field] ? t(`apiTokens.form.problems.${problems[field]}`, { max: MAX_NAME, days: MAX_DAYS }) : server[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const checked = checkTokenForm(form, grantable);
    if ('problems' in checked) {
      setProblems(checked.problems);
      // The first field in error takes the focus, its message read with it.
      const first = (['name', 'roles', 'days'] as const).find((f) => checked.problems[f]);
      (event.currentTarget.querySelector(`[data-field="${first}"]`) as HTMLElement | null)?.focus();
      return;
    }
    setProblems({});
    const result = await create({ variables: { input: checked.input } }).catch(() => null);
    if (!result?.data) return;
    onCreated({ secret: result.data.createApiToken.secret, name: checked.input.name });
    setForm({ name: '', roles: grantable, days: String(DEFAULT_DAYS) });
    reset();
  }

  const toggle = (role: Role, on: boolean) => setForm((f) => ({ ...f, roles: on ? [...f.roles, role] : f.roles.filter((r) => r !== role) }));
  const rolesProblem = problem('roles');

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="token-form-title">
      <h2 id="token-form-title">{t('apiTokens.form.title')}</h2>
      <TextField
        label={t('apiTokens.form.name')}
        hint={t('apiTokens.form.nameHint')}
        required
        maxLength={MAX_NAME}
        value={form.name}
        data-field="name"
        error={problem('name')}
        onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
      />
      <fieldset className={['form__group', rolesProblem && 'field--invalid'].filter(Boolean).join(' ')} aria-describedby={rolesProblem ? 'token-roles-error' : 'token-roles-hint'}>
        <legend>{t('apiTokens.form.roles')}</legend>
        <p className="field__hint" id="token-roles-hint">
          {t('apiTokens.form.rolesHint')}
        </p>
        {grantable.map((role, i) => (
          <Checkbox
            key={role}
            label={t(`apiTokens.roles.${role}` as never)}
            checked={form.roles.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
            {...(i === 0 ? { 'data-field': 'roles' } : {})}
          />
        ))}
        {rolesProblem && (
          <p className="field__error" id="token-roles-error">
            {rolesProblem}
          </p>
        )}
      </fieldset>
      <TextField
        label={t('apiTokens.form.days')}
        hint={t('apiTokens.form.daysHint', { max: MAX_DAYS })}
        required
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        step={1}
        value={form.days}
        data-field="days"
        error={problem('days')}
        onChange={(e) => setForm((f) => ({ ...f, days: e.target.value }))}
      />
      <ErrorAlert error={error && !Object.keys(server).length ? error : null} />
      <Button type="submit" busy={loading}>
        {loading ? t('apiTokens.form.submitting') : t('apiTokens.form.submit')}
      </Button>
    </form>
  );
}
