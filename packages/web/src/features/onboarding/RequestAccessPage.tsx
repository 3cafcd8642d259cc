import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import { errorCode, fieldErrors } from '../../shared/errors';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextAreaField, TextField } from '../../shared/ui/TextField';
import { checkRequestForm, type RequestField, type RequestValues } from './request-access-form';
import { type OnboardingKey, useOnboardingT } from './onboarding-i18n';

const RequestAccessMutation = graphql(`
  mutation RequestAccess($input: AccessRequestInputType!) {
    requestAccess(input: $input) {
      recorded
    }
  }
`);

const EMPTY: RequestValues = { name: '', email: '', siret: '', roleInCompany: '', message: '' };
const FIELDS: RequestField[] = ['name', 'email', 'siret', 'roleInCompany', 'message'];
const LABEL: Record<RequestField, OnboardingKey> = {
  name: 'onboarding.ask.name',
  email: 'onboarding.ask.email',
  siret: 'onboarding.ask.siret',
  roleInCompany: 'onboarding.ask.role',
  message: 'onboarding.ask.message',
};

/**
 * The public form (no sign-in) to ask for access to a company's supplier space. The answer is the
 * same whether the SIRET is known or not; an agent approves or refuses, and the requester hears by e-mail.
 */
export default function RequestAccessPage() {
  const t = useOnboardingT();
  const [values, setValues] = useState<RequestValues>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<RequestField, string>>>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [send, { loading, error, reset }] = useMutation(RequestAccessMutation);
  const summary = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  // After a refused submission the summary takes the focus; after success, the confirmation does.
  useEffect(() => {
    if (attempt && Object.keys(problems).length) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (sentTo) done.current?.focus();
  }, [sentTo]);

  const bind = (field: RequestField) => ({
    name: field,
    value: values[field],
    error: problems[field],
    'data-field': field,
    onChange: (e: { target: { value: string } }) => {
      setValues((v) => ({ ...v, [field]: e.target.value }));
      setProblems(({ [field]: _gone, ...rest }) => rest);
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    reset();
    const local = checkRequestForm(values);
    const found = Object.fromEntries(Object.entries(local).map(([f, p]) => [f, t(`onboarding.ask.${p}`)])) as Partial<Record<RequestField, string>>;
    setProblems(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    const input = { name: values.name, email: values.email.trim(), siret: values.siret, roleInCompany: values.roleInCompany, message: values.message || null };
    const result = await send({ variables: { input } }).catch((e: unknown) => {
      if (errorCode(e) === 'BAD_USER_INPUT') {
        const fields = fieldErrors(e) as Partial<Record<RequestField, string>>;
        if (Object.keys(fields).length) {
          setProblems(fields);
          setAttempt((n) => n + 1);
        }
      }
      return null;
    });
    if (result?.data?.requestAccess.recorded) setSentTo(input.email);
  }

  if (sentTo) {
    return (
      <Page title={t('onboarding.ask.title')}>
        <div className="alert alert--success" role="status">
          <h2 ref={done} tabIndex={-1} className="alert__title">
            {t('onboarding.ask.doneTitle')}
          </h2>
          <p>{t('onboarding.ask.done', { email: sentTo })}</p>
        </div>
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setValues(EMPTY);
              setSentTo(null);
            }}
          >
            {t('onboarding.ask.another')}
          </Button>
        </p>
        <p>
          <Link to={paths.signIn}>{t('onboarding.ask.signIn')}</Link>
        </p>
      </Page>
    );
  }

  const listed = FIELDS.filter((f) => problems[f]);
  const fieldProblem = listed.length > 0;
  return (
    <Page title={t('onboarding.ask.title')}>
      <p className="lead">{t('onboarding.ask.intro')}</p>
      {fieldProblem && (
        <div ref={summary} className="alert alert--error" tabIndex={-1} role="group" aria-labelledby="request-errors-title">
          <p className="alert__title" id="request-errors-title">
            {t('onboarding.ask.errorsTitle', { count: listed.length })}
          </p>
          <ul>
            {listed.map((f) => (
              <li key={f}>
                <a
                  href={`#${f}`}
                  onClick={(e) => {
                    e.preventDefault();
                    form.current?.querySelector<HTMLElement>(`[data-field="${f}"]`)?.focus();
                  }}
                >
                  {t('onboarding.ask.errorItem', { label: t(LABEL[f]), message: problems[f] })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form ref={form} className="form form--narrow" noValidate onSubmit={(e) => void onSubmit(e)}>
        <fieldset>
          <legend>{t('onboarding.ask.legend')}</legend>
          <TextField label={t(LABEL.name)} autoComplete="name" required maxLength={120} {...bind('name')} />
          <TextField label={t(LABEL.email)} hint={t('onboarding.ask.emailHint')} type="email" autoComplete="email" required {...bind('email')} />
          <TextField label={t(LABEL.siret)} hint={t('onboarding.ask.siretHint')} inputMode="numeric" autoComplete="off" required {...bind('siret')} />
          <TextField label={t(LABEL.roleInCompany)} hint={t('onboarding.ask.roleHint')} autoComplete="organization-title" required maxLength={120} {...bind('roleInCompany')} />
          <TextAreaField label={t(LABEL.message)} rows={4} maxLength={2000} {...bind('message')} />
        </fieldset>
        {!fieldProblem && <ErrorAlert error={error} />}
        <Button type="submit" busy={loading}>
          {loading ? t('onboarding.ask.submitting') : t('onboarding.ask.submit')}
        </Button>
      </form>
      <p className="note">{t('onboarding.ask.privacy')}</p>
      <p>
        <Link to={paths.signIn}>{t('onboarding.ask.signIn')}</Link>
      </p>
    </Page>
  );
}
