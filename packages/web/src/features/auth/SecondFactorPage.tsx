import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { landingAfterSignIn } from '../../app/access';
import { resetSession, ViewerFields } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { useMfaT } from './mfa-i18n';
import './mfa.css';
import { Alert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { CodeForm, NoPendingSignIn, useSecondFactorStep } from './SecondFactorFrame';

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
  const { step, from } = useSecondFactorStep('VERIFY');
  const [verify, { loading, error, data: verified }] = useMutation(VerifySecondFactorMutation);
  const [recovered, setRecovered] = useState<{ left: number; target: string } | null>(null);

  async function onCode(code: string) {
    const result = await verify({ variables: { code } }).catch(() => null);
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
  if (!step.data?.secondFactorStep) return <NoPendingSignIn title={t('mfa.verify.title')} error={step.error} />;

  return (
    <Page title={t('mfa.verify.title')}>
      <p>{t('mfa.verify.intro')}</p>
      <CodeForm
        texts={{
          label: t('mfa.verify.code'),
          hint: t('mfa.verify.codeHint'),
          missing: t('mfa.verify.codeMissing'),
          submit: t('mfa.verify.submit'),
          submitting: t('mfa.verify.submitting'),
        }}
        busy={loading}
        error={error}
        onCode={(code) => void onCode(code)}
      />
    </Page>
  );
}
