import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import type { SecondFactorStep } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextField } from '../../shared/ui/TextField';
import { useMfaT } from './mfa-i18n';
import { type SecondFactorState, secondFactorPath } from './second-factor';

const SecondFactorStepQuery = graphql(`
  query SecondFactorStep {
    secondFactorStep
  }
`);

/**
 * Where the half-authenticated sign-in stands, read afresh; a page reached for the other step
 * (the code, or the enrolment first) sends on to it. `from` is the page that asked for sign-in.
 */
export function useSecondFactorStep(own: SecondFactorStep) {
  const navigate = useNavigate();
  const from = (useLocation().state as SecondFactorState)?.from;
  const step = useQuery(SecondFactorStepQuery, { fetchPolicy: 'network-only' });
  const other = step.data?.secondFactorStep && step.data.secondFactorStep !== own ? step.data.secondFactorStep : null;

  useEffect(() => {
    if (other) navigate(secondFactorPath(other), { replace: true, state: { from } });
  }, [other, navigate, from]);
  return { step, from };
}

/** No sign-in waits for a second factor (expired, or the page opened directly): back to the sign-in. */
export function NoPendingSignIn({ title, error }: { title: string; error: unknown }) {
  const t = useMfaT();
  return (
    <Page title={title}>
      <ErrorAlert error={error} />
      <p>{t('mfa.verify.noPending')}</p>
      <p>
        <Link to={paths.signIn}>{t('mfa.verify.toSignIn')}</Link>
      </p>
    </Page>
  );
}

/** The form's words: the field, its hint, the message when it is empty, the button at rest and busy. */
export interface CodeFormTexts {
  label: string;
  hint: string;
  missing: string;
  submit: string;
  submitting: string;
}

/**
 * A one-time code (from the app, or a recovery code where `numeric` is off): nothing is sent while
 * the field is empty; `onCode` gets the code without surrounding spaces.
 */
export function CodeForm({ texts, numeric = false, busy, error, onCode }: { texts: CodeFormTexts; numeric?: boolean; busy: boolean; error: unknown; onCode: (code: string) => void }) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setMissing(!code.trim());
    if (code.trim()) onCode(code.trim());
  }

  return (
    <form className="form form--narrow" noValidate onSubmit={onSubmit}>
      <TextField
        label={texts.label}
        hint={texts.hint}
        name="one-time-code"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="off"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={missing ? texts.missing : undefined}
      />
      <ErrorAlert error={error} />
      <Button type="submit" busy={busy}>
        {busy ? texts.submitting : texts.submit}
      </Button>
    </form>
  );
}
