import { useMutation } from '@apollo/client/react';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { errorCode, fieldErrors, serverMessages } from '../../shared/errors';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/TextField';
import { AgentPicker } from './AgentPicker';
import { type ConsultationField, type ConsultationForm as Values, consultationProblems, DATE_FIELDS, toConsultationInput } from './consultation-form';
import { useOfficeT } from './office-i18n';
import { SupplierPicker } from './SupplierPicker';

const SaveConsultationMutation = graphql(`
  mutation EthicsSaveConsultation($id: ID, $input: ConsultationInput!) {
    saveConsultation(id: $id, input: $input) {
      id
      reference
      title
      publishedOn
      bidsDueOn
      awardedOn
      notifiedOn
      agents {
        id
        displayName
        direction
      }
      candidateSupplierIds
    }
  }
`);

interface Props {
  consultationId: string | null;
  initial: Values;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCancel?: () => void;
  /** Recorded: the page says so and offers a fresh form. */
  onSaved: (reference: string, created: boolean) => void;
}

/**
 * A consultation, new or recorded (buyers): reference, object, the four dates in their order, the
 * agents involved and the candidate suppliers. Problems show beside their fields, the server's too.
 */
export function ConsultationForm({ consultationId, initial, headingRef, onCancel, onSaved }: Props) {
  const t = useOfficeT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [shown, setShown] = useState(false);
  const [save, { loading, error }] = useMutation(SaveConsultationMutation, { refetchQueries: ['EthicsConsultations'], awaitRefetchQueries: true });
  const server: Partial<Record<ConsultationField, string>> = fieldErrors(error);
  // A reference already taken: the server says so without naming a field.
  if (errorCode(error) === 'CONFLICT' && !server.reference) server.reference = serverMessages(error)?.join(' ');
  const problems = shown ? consultationProblems(values) : {};
  const fieldError = (field: ConsultationField) => (problems[field] ? t(`ethicsOffice.consultationForm.problems.${problems[field]}`) : server[field]);
  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setShown(true);
    if (Object.keys(consultationProblems(values)).length) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const result = await save({ variables: { id: consultationId, input: toConsultationInput(values) } }).catch(() => null);
    if (!result?.data) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSaved(result.data.saveConsultation.reference, !consultationId);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {consultationId ? t('ethicsOffice.consultationForm.editTitle', { reference: initial.reference }) : t('ethicsOffice.consultationForm.newTitle')}
      </h2>
      <form ref={form} className="form form--wide" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="form__row">
          <TextField label={t('ethicsOffice.consultationForm.reference')} hint={t('ethicsOffice.consultationForm.referenceHint')} required maxLength={60} value={values.reference} error={fieldError('reference')} onChange={(e) => set('reference', e.target.value)} />
        </div>
        <TextField label={t('ethicsOffice.consultationForm.object')} required maxLength={500} value={values.title} error={fieldError('title')} onChange={(e) => set('title', e.target.value)} />
        <fieldset className="form__group">
          <legend>{t('ethicsOffice.consultationForm.dates')}</legend>
          <p className="field__hint">{t('ethicsOffice.consultationForm.datesHint')}</p>
          <div className="form__row">
            {DATE_FIELDS.map((field) => (
              <TextField
                key={field}
                label={t(`ethicsOffice.consultationForm.${field}`)}
                type="date"
                required={field === 'publishedOn'}
                value={values[field]}
                error={fieldError(field)}
                onChange={(e) => set(field, e.target.value)}
              />
            ))}
          </div>
        </fieldset>
        <AgentPicker
          texts={{
            legend: t('ethicsOffice.consultationForm.agents'),
            hint: t('ethicsOffice.consultationForm.agentsHint'),
            searchLabel: t('ethicsOffice.picker.agentSearch'),
            searchHint: t('ethicsOffice.picker.agentSearchHint'),
            none: t('ethicsOffice.consultationForm.noAgent'),
          }}
          chosen={values.agents}
          onChange={(agents) => set('agents', agents)}
          error={fieldError('agentIds')}
        />
        <SupplierPicker
          texts={{
            legend: t('ethicsOffice.consultationForm.candidates'),
            hint: t('ethicsOffice.consultationForm.candidatesHint'),
            searchLabel: t('ethicsOffice.picker.supplierSearch'),
            searchHint: t('ethicsOffice.picker.supplierSearchHint'),
            none: t('ethicsOffice.consultationForm.noCandidate'),
          }}
          chosen={values.candidates}
          onChange={(candidates) => set('candidates', candidates)}
          error={fieldError('candidateSupplierIds')}
        />
        {error && !Object.values(server).some(Boolean) && <ErrorAlert error={error} />}
        <div className="actions">
          <Button type="submit" busy={loading}>
            {t(consultationId ? 'ethicsOffice.consultationForm.save' : 'ethicsOffice.consultationForm.create')}
          </Button>
          {onCancel && (
            <Button variant="secondary" onClick={onCancel}>
              {t('ethicsOffice.consultationForm.cancel')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
