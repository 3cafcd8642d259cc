import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { landingAfterSignIn } from '../../app/access';
import { resetSession, ViewerFields } from '../../app/viewer';
import { getFragmentData, graphql } from '../../gql';
import { useMfaT } from './mfa-i18n';
import './mfa.css';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { CodeForm, NoPendingSignIn, useSecondFactorStep } from './SecondFactorFrame';

const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      uri
    }
  }
`);

const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code) {
      viewer {
        ...ViewerFields
      }
      recoveryCodes
    }
  }
`);

/** Groups of four characters, easier to type into an app. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** First password sign-in of an agent whose role needs a second factor: set up the app, then note the recovery codes. */
export default function SecondFactorSetupPage() {
  const t = useMfaT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { step, from } = useSecondFactorStep('ENROL');
  const [start, started] = useMutation(StartTotpEnrolmentMutation);
  const [confirm, confirmed] = useMutation(ConfirmTotpEnrolmentMutation);
  const [done, setDone] = useState<{ codes: string[]; target: string } | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  async function onConfirm(code: string) {
    const result = await confirm({ variables: { code } }).catch(() => null);
    if (!result?.data) return;
    const { viewer, recoveryCodes } = result.data.confirmTotpEnrolment;
    setDone({ codes: recoveryCodes, target: landingAfterSignIn(getFragmentData(ViewerFields, viewer), from) });
  }

  async function onContinue() {
    if (!done) return;
    await resetSession(client);
    navigate(done.target, { replace: true });
  }

  if (done) {
    return (
      <Page title={t('mfa.enrol.doneTitle')}>
        <h2 ref={doneHeading} tabIndex={-1}>
          {t('mfa.enrol.recoveryTitle')}
        </h2>
        <p>{t('mfa.enrol.recoveryIntro')}</p>
        <ol className="recovery-codes" aria-label={t('mfa.enrol.recoveryTitle')}>
          {done.codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <Button type="button" onClick={() => void onContinue()}>
          {t('mfa.enrol.continue')}
        </Button>
      </Page>
    );
  }
  if (step.loading) return <Loading />;
  if (!step.data?.secondFactorStep) return <NoPendingSignIn title={t('mfa.enrol.title')} error={step.error} />;

  const enrolment = started.data?.startTotpEnrolment;
  return (
    <Page title={t('mfa.enrol.title')}>
      <p>{t('mfa.enrol.intro')}</p>
      {!enrolment ? (
        <>
          <ErrorAlert error={started.error} />
          <Button type="button" busy={started.loading} onClick={() => void start().catch(() => null)}>
            {started.loading ? t('mfa.enrol.starting') : t('mfa.enrol.start')}
          </Button>
        </>
      ) : (
        <>
          <dl className="totp-secret">
            <dt>{t('mfa.enrol.secretLabel')}</dt>
            <dd>
              <code data-testid="totp-secret">{grouped(enrolment.secret)}</code>
            </dd>
            <dt>{t('mfa.enrol.uriLabel')}</dt>
            <dd>
              <code className="totp-secret__uri">{enrolment.uri}</code>
            </dd>
          </dl>
          <p>{t('mfa.enrol.settings')}</p>
          <CodeForm
            texts={{
              label: t('mfa.enrol.code'),
              hint: t('mfa.enrol.codeHint'),
              missing: t('mfa.enrol.codeMissing'),
              submit: t('mfa.enrol.confirm'),
              submitting: t('mfa.enrol.confirming'),
            }}
            numeric
            busy={confirmed.loading}
            error={confirmed.error}
            onCode={(code) => void onConfirm(code)}
          />
        </>
      )}
    </Page>
  );
}
