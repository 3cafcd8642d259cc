import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { fieldErrors } from '../../shared/errors';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Checkbox, TextField } from '../../shared/ui/TextField';

const InviteColleagueMutation = graphql(`
  mutation InviteColleague($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      id
      email
      displayName
    }
  }
`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPTY = { displayName: '', email: '', owner: false };

/** Owners invite a colleague; on error everything typed stays in place. */
export function InviteForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<{ displayName?: string; email?: string }>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, { loading, error }] = useMutation(InviteColleagueMutation, { refetchQueries: ['Company'], awaitRefetchQueries: true });
  const server = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setSentTo(null);
    const found = {
      displayName: values.displayName.trim() ? undefined : t('company.invite.nameMissing'),
      email: EMAIL.test(values.email.trim()) ? undefined : t('company.invite.emailInvalid'),
    };
    setProblems(found);
    if (found.displayName || found.email) return;
    const input = { displayName: values.displayName.trim(), email: values.email.trim(), owner: values.owner };
    const result = await invite({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    setSentTo(result.data.inviteColleague.email);
    setValues(EMPTY);
  }

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('company.invite.title')}</h2>
      <p>{t('company.invite.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          label={t('company.invite.name')}
          name="displayName"
          autoComplete="off"
          required
          value={values.displayName}
          onChange={(e) => setValues({ ...values, displayName: e.target.value })}
          error={problems.displayName ?? server.displayName}
        />
        <TextField
          label={t('company.invite.email')}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={values.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
          error={problems.email ?? server.email}
        />
        <Checkbox
          label={t('company.invite.owner')}
          hint={t('company.invite.ownerHint')}
          checked={values.owner}
          onChange={(e) => setValues({ ...values, owner: e.target.checked })}
        />
        <ErrorAlert error={error} />
        {sentTo && (
          <Alert tone="success">
            <p>{t('company.invite.sent', { email: sentTo })}</p>
          </Alert>
        )}
        <Button type="submit" busy={loading}>
          {t('company.invite.submit')}
        </Button>
      </form>
    </section>
  );
}
