import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { landingAfterSignIn, paths } from '../../app/access';
import { resetSession, ViewerFields } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { useMfaT } from './mfa-i18n';
import './mfa.css';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextField } from '../../shared/ui/TextField';
import type { SecondFactorState } from './second-factor';

export const SecondFactorStepQuery = graphql(`
  query SecondFactorStep {
    secondFactorStep
  }
`);

const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      viewer {
        ...ViewerFields
      }
      recoveryCodesLeft
    }
  }
`);

/** After a right password: the TOTP code (or a recovery code) completes the sign-in. */
export default function SecondFactorPage() {
  const t = useMfaT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const from = (useLocation().state as SecondFactorState)?.from;
  const step = useQuery(SecondFactorStepQuery, { fetchPolicy: 'network-only' });
  const [verify, { loading, error, data: verified }] = useMutation(VerifySecondFactorMutation);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [recovered, setRecovered] = useState<{ left: number; target: string } | null>(null);

  useEffect(() => {
    if (step.data?.secondFactorStep === 'ENROL') navigate(paths.secondFactorSetup, { replace: true, state: { from } });
  }, [step.data, navigate, from]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setMissing(!code.trim());
    if (!code.trim()) return;
    const result = await verify({ variables: { code: code.trim() } }).catch(() => null);
    if (!result?.data) return;
    const { viewer, recoveryCodesLeft } = result.data.verifySecondFactor;
    const target = landingAfterSignIn(getFragmentData(ViewerFields, viewer), from);
    await resetSession(client);
    // After a recovery code, the agent is told how many remain before going on.
    if (recoveryCodesLeft !== null && recoveryCodesLeft !== undefined) setRecovered({ left: recoveryCodesLeft, target });
    else navigate(target, { replace: true });
  }

  if (recovered) {
    return (
      <Page title={t('mfa.verify.title')}>
        <Alert tone="success">
          <p>{t('mfa.verify.recoveryLeft', { count: recovered.left })}</p>
        </Alert>
        <p>
          <Link to={recovered.target} replace>
            {t('mfa.verify.continue')}
          </Link>
        </p>
      </Page>
    );
  }
  if (step.loading || verified) return <Loading />;
  if (!step.data?.secondFactorStep) {
    return (
      <Page title={t('mfa.verify.title')}>
        <ErrorAlert error={step.error} />
        <p>{t('mfa.verify.noPending')}</p>
        <p>
          <Link to={paths.signIn}>{t('mfa.verify.toSignIn')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('mfa.verify.title')}>
      <p>{t('mfa.verify.intro')}</p>
      <form className="form form--narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          label={t('mfa.verify.code')}
          hint={t('mfa.verify.codeHint')}
          name="one-time-code"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="off"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={missing ? t('mfa.verify.codeMissing') : undefined}
        />
        <ErrorAlert error={error} />
        <Button type="submit" busy={loading}>
          {loading ? t('mfa.verify.submitting') : t('mfa.verify.submit')}
        </Button>
      </form>
    </Page>
  );
}
