import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../app/access';
import { resetSession } from '../../app/viewer';
import { graphql } from '../../gql';
import { errorCode, fieldErrors } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextField } from '../../shared/ui/TextField';
import { secondFactorPath } from './second-factor';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      displayName
      supplierName
      expiresAt
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...ViewerFields
      secondFactor
    }
  }
`);

export const PASSWORD_MIN_LENGTH = 12;

export default function InvitationPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, accepting] = useMutation(AcceptInvitationMutation);
  // Once accepted, the link is spent: it is not asked about again.
  const accepted = accepting.data !== undefined && accepting.data !== null;
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, fetchPolicy: 'network-only', skip: accepted });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<{ password?: string; confirmation?: string }>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (accepting.loading) return;
    const found = {
      password: password.length < PASSWORD_MIN_LENGTH ? t('invitation.tooShort', { count: PASSWORD_MIN_LENGTH }) : undefined,
      confirmation: confirmation !== password ? t('invitation.mismatch') : undefined,
    };
    setProblems(found);
    if (found.password || found.confirmation) return;
    const result = await accept({ variables: { token, password } }).catch(() => null);
    if (!result?.data) return;
    const step = result.data.acceptInvitation.secondFactor;
    if (step) return void navigate(secondFactorPath(step), { replace: true });
    await resetSession(client);
    navigate(paths.home, { replace: true });
  }

  if (loading || accepted) return <Loading />;
  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <Page title={t('invitation.invalidTitle')}>
        <ErrorAlert error={error} />
        {errorCode(error) === 'NOT_FOUND' && <p>{t('invitation.invalidHelp')}</p>}
        <p>
          <Link to={paths.signIn}>{t('invitation.toSignIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('invitation.title')}>
      <p>
        {invitation.supplierName
          ? t('invitation.intro', { name: invitation.displayName, supplier: invitation.supplierName })
          : t('invitation.introNoSupplier', { name: invitation.displayName })}
      </p>
      <p>{t('invitation.expires', { date: formatDate(invitation.expiresAt) })}</p>
      <form className="form form--narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField label={t('invitation.email')} type="email" name="email" autoComplete="username" value={invitation.email} readOnly />
        <TextField
          label={t('invitation.password')}
          hint={t('invitation.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problems.password ?? fieldErrors(accepting.error).password}
        />
        <TextField
          label={t('invitation.confirmation')}
          type="password"
          name="confirmation"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          error={problems.confirmation}
        />
        <ErrorAlert error={accepting.error} />
        <Button type="submit" busy={accepting.loading}>
          {t('invitation.submit')}
        </Button>
      </form>
    </Page>
  );
}
