import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type { DeclarationStatus } from '../../gql/graphql';
import { fieldErrors } from '../../shared/errors';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextAreaField } from '../../shared/ui/TextField';
import { useOfficeT } from './office-i18n';
import { commentRequired, nextStatuses } from './review';

const ReviewDeclarationMutation = graphql(`
  mutation EthicsReviewDeclaration($id: ID!, $status: DeclarationStatus!, $comment: String) {
    reviewDeclaration(id: $id, status: $status, comment: $comment) {
      id
      status
    }
  }
`);

const COMMENT_MAX = 5000;

/**
 * The officer's decision: a next status (only those the review allows) and a comment the supplier
 * reads; the supplier's author gets an e-mail. The new status and the thread come back on the page.
 */
export function ReviewForm({ declarationId, status }: { declarationId: string; status: DeclarationStatus }) {
  const t = useOfficeT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const [next, setNext] = useState<DeclarationStatus | ''>('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<{ status?: string; comment?: string }>({});
  const [saved, setSaved] = useState<DeclarationStatus | null>(null);
  const [review, { loading, error }] = useMutation(ReviewDeclarationMutation, { refetchQueries: ['EthicsReviewThread'], awaitRefetchQueries: true });
  const server = fieldErrors(error);
  const choices = nextStatuses(status);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const found = {
      status: next ? undefined : t('ethicsOffice.reviewForm.statusRequired'),
      comment: next && commentRequired(next) && !comment.trim() ? t('ethicsOffice.reviewForm.commentRequired') : comment.length > COMMENT_MAX ? t('ethicsOffice.reviewForm.commentTooLong', { max: COMMENT_MAX }) : undefined,
    };
    setProblems(found);
    if (found.status || found.comment || !next) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const result = await review({ variables: { id: declarationId, status: next, comment: comment.trim() || null } }).catch(() => null);
    if (result?.data) {
      setSaved(result.data.reviewDeclaration.status);
      setNext('');
      setComment('');
      // The chosen radio button is gone (the choices follow the new status): the focus goes to the confirmation.
      setTimeout(() => done.current?.focus());
    }
  }

  const statusError = problems.status ?? server.status;
  const commentError = problems.comment ?? server.comment;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethicsOffice.reviewForm.title')}</h2>
      <div ref={done} tabIndex={-1}>
        {saved && (
          <Alert tone="success">
            <p>{t('ethicsOffice.reviewForm.saved', { status: t(`ethicsOffice.status.${saved}`) })}</p>
          </Alert>
        )}
      </div>
      {choices.length === 0 ? (
        <p>{t('ethicsOffice.reviewForm.closed')}</p>
      ) : (
        <form ref={form} className="form form--wide" noValidate onSubmit={(e) => void onSubmit(e)}>
          <fieldset className="form__group" aria-describedby={statusError ? `${id}-status-error` : undefined}>
            <legend>
              {t('ethicsOffice.reviewForm.status')} <span className="field__required">{t('ethicsOffice.form.required')}</span>
            </legend>
            <p className="field__hint">{t('ethicsOffice.reviewForm.current', { status: t(`ethicsOffice.status.${status}`) })}</p>
            {choices.map((choice) => (
              <div key={choice} className="field field--checkbox">
                <input
                  id={`${id}-${choice}`}
                  type="radio"
                  name={`${id}-status`}
                  value={choice}
                  checked={next === choice}
                  aria-invalid={statusError ? true : undefined}
                  aria-describedby={`${id}-${choice}-hint`}
                  onChange={() => setNext(choice)}
                />
                <label htmlFor={`${id}-${choice}`}>{t(`ethicsOffice.status.${choice}`)}</label>
                <p className="field__hint" id={`${id}-${choice}-hint`}>
                  {t(`ethicsOffice.reviewForm.meaning.${choice}`)}
                </p>
              </div>
            ))}
            {statusError && (
              <p className="field__error" id={`${id}-status-error`}>
                {statusError}
              </p>
            )}
          </fieldset>
          <TextAreaField
            label={t('ethicsOffice.reviewForm.comment')}
            hint={t(next && commentRequired(next) ? 'ethicsOffice.reviewForm.commentHintRequired' : 'ethicsOffice.reviewForm.commentHint')}
            required={!!next && commentRequired(next)}
            rows={5}
            maxLength={COMMENT_MAX}
            value={comment}
            error={commentError}
            onChange={(e) => setComment(e.target.value)}
          />
          {error && !server.comment && !server.status && <ErrorAlert error={error} />}
          <Button type="submit" busy={loading}>
            {t('ethicsOffice.reviewForm.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
