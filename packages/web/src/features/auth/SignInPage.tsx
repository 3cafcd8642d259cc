import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { landingAfterSignIn, paths } from '../../app/access';
import { resetSession, useViewer, ViewerFields } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextField } from '../../shared/ui/TextField';
import { secondFactorPath } from './second-factor';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...ViewerFields
      secondFactor
    }
  }
`);

/** Public: whether agents can sign in with the Region account (OpenID Connect). */
const AgentSsoQuery = graphql(`
  query AgentSso {
    agentSsoEnabled
  }
`);

/** Why the Region provider's sign-in was refused (GET /auth/oidc/callback redirects with ?sso=…). */
const SSO_REFUSALS = ['no-role', 'supplier', 'removed', 'no-email', 'failed'] as const;

type Field = 'email' | 'password';

export default function SignInPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from;
  const viewer = useViewer();
  const [signIn, { loading, error, data }] = useMutation(SignInMutation);
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const sso = useQuery(AgentSsoQuery).data?.agentSsoEnabled === true;
  const [search] = useSearchParams();
  const refusal = SSO_REFUSALS.find((r) => r === search.get('sso'));

  const bind = (field: Field) => ({
    value: values[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [field]: e.target.value })),
    error: missing.includes(field) ? t(`signIn.${field}Missing`) : undefined,
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const empty = (['email', 'password'] as const).filter((f) => !values[f].trim());
    setMissing(empty);
    if (empty.length) return;
    const result = await signIn({ variables: { email: values.email.trim(), password: values.password } }).catch(() => null);
    if (!result?.data) return;
    const step = result.data.signIn.secondFactor;
    // Right password, second factor due: the session is half-authenticated until the code.
    if (step) return void navigate(secondFactorPath(step), { state: { from } });
    await resetSession(client);
    navigate(landingAfterSignIn(getFragmentData(ViewerFields, result.data.signIn), from), { replace: true });
  }

  return (
    <Page title={t('signIn.title')}>
      {viewer && !loading && !data && (
        <p>
          {t('signIn.already', { name: viewer.displayName })} <Link to={paths.home}>{t('status.backHome')}</Link>
        </p>
      )}
      {refusal && (
        <Alert tone="error">
          <p>{t(`signIn.ssoRefused.${refusal}`)}</p>
        </Alert>
      )}
      {sso && (
        <p>
          {/* A full page load: the server redirects to the Region's provider. */}
          <a className="btn btn--secondary" href="/auth/oidc/start">
            {t('signIn.sso')}
          </a>
        </p>
      )}
      <form className="form form--narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField label={t('signIn.email')} type="email" name="email" autoComplete="username" required {...bind('email')} />
        <TextField label={t('signIn.password')} type="password" name="password" autoComplete="current-password" required {...bind('password')} />
        <ErrorAlert error={error} />
        <Button type="submit" busy={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </form>
      <p className="note">
        {t('signIn.privacy')} <Link to={paths.privacy}>{t('footer.privacy')}</Link>
      </p>
      <p>
        <Link to={paths.requestAccess}>{t('signIn.requestAccess')}</Link>
      </p>
      <p>
        <Link to={paths.publicSpaser}>{t('signIn.spaser')}</Link>
      </p>
    </Page>
  );
}
