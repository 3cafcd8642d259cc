import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { disputePath, paths } from '../../app/access';
import { graphql } from '../../gql';
import type { DisputeSubjectKind } from '../../gql/graphql';
import { formatDate, formatLocalDate } from '../../shared/format';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextAreaField, TextField } from '../../shared/ui/TextField';
import { useMediationT } from './mediation-i18n';
import { BODY_MAX, checkOpenForm, readSubject, SUBJECT_KINDS, SUBJECT_MAX } from './mediation';
import './mediation.css';

const SubjectChoicesQuery = graphql(`
  query DisputeSubjectChoices($invoices: Boolean!, $contracts: Boolean!, $declarations: Boolean!) {
    invoices(first: 100) @include(if: $invoices) {
      edges {
        node {
          id
          number
          invoiceDate
        }
      }
    }
    contracts(first: 100) @include(if: $contracts) {
      edges {
        node {
          id
          reference
          title
        }
      }
    }
    declarations(first: 100) @include(if: $declarations) {
      edges {
        node {
          id
          kind
          submittedAt
        }
      }
    }
  }
`);

const OpenDisputeMutation = graphql(`
  mutation OpenDispute($input: OpenDisputeInput!) {
    openDispute(input: $input) {
      id
    }
  }
`);

type Field = 'subjectId' | 'title' | 'body';

/** Opens a mediation request about one of the supplier's invoices, contracts or declarations. */
export default function NewDisputePage() {
  const t = useMediationT();
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initial = readSubject(params);
  const [kind, setKind] = useState<DisputeSubjectKind>(initial.kind);
  const [subjectId, setSubjectId] = useState(initial.id);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof checkOpenForm>>([]);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const choices = useQuery(SubjectChoicesQuery, { variables: { invoices: kind === 'INVOICE', contracts: kind === 'CONTRACT', declarations: kind === 'DECLARATION' } });
  const [open, { loading, error }] = useMutation(OpenDisputeMutation);

  const options: { value: string; label: string }[] =
    kind === 'INVOICE'
      ? (choices.data?.invoices?.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.number} — ${formatLocalDate(e.node.invoiceDate)}` }))
      : kind === 'CONTRACT'
        ? (choices.data?.contracts?.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.reference} — ${e.node.title}` }))
        : (choices.data?.declarations?.edges ?? []).map((e) => ({
            value: e.node.id,
            label: t('mediation.declarationLabel', { kind: t(`mediation.declarationKind.${e.node.kind}` as never), date: formatDate(e.node.submittedAt) }),
          }));
  const errorOf = (field: Field) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(`mediation.open.errors.${p.problem}`) : undefined;
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    const found = checkOpenForm({ subjectId, title, body });
    setProblems(found);
    if (found.length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const res = await open({ variables: { input: { subjectKind: kind, subjectId, title: title.trim(), body: body.trim() } } }).catch(() => null);
    const id = res?.data?.openDispute.id;
    if (id) navigate(disputePath(id));
  }

  const labels: Record<Field, string> = { subjectId: t(`mediation.open.subjectLabel.${kind}`), title: t('mediation.open.titleLabel'), body: t('mediation.open.bodyLabel') };

  return (
    <Page title={t('mediation.open.title')}>
      <p className="back-link">
        <Link to={paths.mediation}>{t('mediation.open.back')}</Link>
      </p>
      <p className="lead">{t('mediation.open.intro')}</p>
      <form ref={form} className="dispute-form" noValidate onSubmit={onSubmit}>
        {problems.length > 0 && (
          <div ref={summary} className="alert alert--error error-summary" tabIndex={-1} role="group" aria-labelledby="dispute-errors-title">
            <p className="alert__title" id="dispute-errors-title">
              {t('mediation.open.errors.title', { count: problems.length })}
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p.field}>
                  <a
                    href={`#dispute-${p.field}`}
                    onClick={(e) => {
                      e.preventDefault();
                      form.current?.querySelector<HTMLElement>(`[data-field="${p.field}"]`)?.focus();
                    }}
                  >
                    {labels[p.field]} : {t(`mediation.open.errors.${p.problem}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <ErrorAlert error={error} />
        <fieldset>
          <legend>{t('mediation.open.kindLegend')}</legend>
          <div className="dispute-kinds">
            {SUBJECT_KINDS.map((k) => (
              <div className="field field--checkbox" key={k}>
                <input
                  type="radio"
                  id={`dispute-kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setSubjectId('');
                  }}
                />
                <label htmlFor={`dispute-kind-${k}`}>{t(`mediation.subjectKind.${k}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={`field${errorOf('subjectId') ? ' field--invalid' : ''}`}>
          <label htmlFor="dispute-subjectId">
            {labels.subjectId}
            <span className="field__required"> {common('form.required')}</span>
          </label>
          {!choices.loading && options.length === 0 && !choices.error && (
            <p className="field__hint" id="dispute-subjectId-hint">
              {t(`mediation.open.noSubject.${kind}`)}
            </p>
          )}
          <ErrorAlert error={choices.error} onRetry={choices.refetch} />
          <select
            id="dispute-subjectId"
            data-field="subjectId"
            value={subjectId}
            aria-required
            aria-invalid={errorOf('subjectId') ? true : undefined}
            aria-describedby={errorOf('subjectId') ? 'dispute-subjectId-error' : undefined}
            onChange={(e) => setSubjectId(e.target.value)}
          >
            <option value="">{choices.loading ? t('mediation.loading') : t('mediation.open.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            {subjectId && !choices.loading && !options.some((o) => o.value === subjectId) && <option value={subjectId}>{subjectId}</option>}
          </select>
          {errorOf('subjectId') && (
            <p className="field__error" id="dispute-subjectId-error">
              {errorOf('subjectId')}
            </p>
          )}
        </div>
        <TextField
          label={labels.title}
          hint={t('mediation.open.titleHint')}
          required
          data-field="title"
          maxLength={SUBJECT_MAX + 50}
          value={title}
          error={errorOf('title')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextAreaField
          label={labels.body}
          hint={t('mediation.open.bodyHint')}
          required
          data-field="body"
          maxLength={BODY_MAX + 100}
          rows={8}
          value={body}
          error={errorOf('body')}
          onChange={(e) => setBody(e.target.value)}
        />
        <Button type="submit" busy={loading}>
          {loading ? t('mediation.open.submitting') : t('mediation.open.submit')}
        </Button>
      </form>
    </Page>
  );
}
