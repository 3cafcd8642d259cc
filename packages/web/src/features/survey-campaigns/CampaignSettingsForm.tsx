import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { surveyCampaignPath } from '../../app/access';
import { graphql } from '../../gql';
import type { SurveyCampaignFieldsFragment } from '../../gql/graphql';
import { fieldErrors } from '../../shared/errors';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Checkbox, TextAreaField, TextField } from '../../shared/ui/TextField';
import { type CampaignSettings, newCampaignSettings, SIZES, settingsOf, settingsProblems, toCampaignInput } from './campaign-form';
import '../../i18n/surveys';

const CreateSurveyCampaignMutation = graphql(`
  mutation CreateSurveyCampaign($input: SurveyCampaignInput!) {
    createSurveyCampaign(input: $input) {
      id
      ...SurveyCampaignFields
    }
  }
`);

const UpdateSurveyCampaignMutation = graphql(`
  mutation UpdateSurveyCampaign($id: ID!, $input: SurveyCampaignInput!) {
    updateSurveyCampaign(id: $id, input: $input) {
      ...SurveyCampaignFields
    }
  }
`);

export type CampaignFields = SurveyCampaignFieldsFragment;

const same = (a: CampaignSettings, b: CampaignSettings) => JSON.stringify(toCampaignInput(a)) === JSON.stringify(toCampaignInput(b));

/**
 * A draft campaign's settings: title, year, dates, anonymity, introductions, audience, reminders.
 * Without `campaign` it creates one and opens its page (where the questionnaire is written).
 */
export function CampaignSettingsForm({ campaign, onDirtyChange }: { campaign: CampaignFields | null; onDirtyChange?: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const initial = campaign ? settingsOf(campaign) : newCampaignSettings(todayInParis(), (year) => t('campaign.defaultTitle', { year }));
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [shown, setShown] = useState(false);
  const [done, setDone] = useState(false);
  const [create, created] = useMutation(CreateSurveyCampaignMutation);
  const [update, updated] = useMutation(UpdateSurveyCampaignMutation);
  const serverError = created.error ?? updated.error;
  const busy = created.loading || updated.loading;
  const dirty = !same(settings, saved);

  useEffect(() => onDirtyChange?.(dirty), [dirty]);

  const problems = shown ? settingsProblems(settings) : {};
  const fromServer = fieldErrors(serverError) as Partial<Record<keyof CampaignSettings, string>>;
  const error = (field: keyof CampaignSettings) => (problems[field] ? t(`campaign.problems.${problems[field]}`) : fromServer[field]);
  const set = <K extends keyof CampaignSettings>(field: K, value: CampaignSettings[K]) => {
    setSettings((s) => ({ ...s, [field]: value }));
    setDone(false);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setShown(true);
    setDone(false);
    if (Object.keys(settingsProblems(settings)).length) {
      // After the render that shows the messages: the focus goes to the first field in error.
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const input = toCampaignInput(settings);
    if (!campaign) {
      const result = await create({ variables: { input } }).catch(() => null);
      if (result?.data) navigate(surveyCampaignPath(result.data.createSurveyCampaign.id));
      return;
    }
    const result = await update({ variables: { id: campaign.id, input } }).catch(() => null);
    if (result?.data) {
      setSaved(settings);
      setDone(true);
    }
  }

  const toggleSize = (size: (typeof SIZES)[number], on: boolean) => set('sizes', on ? SIZES.filter((s) => s === size || settings.sizes.includes(s)) : settings.sizes.filter((s) => s !== size));

  return (
    <form ref={form} className="form form--wide" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => void onSubmit(e)}>
      <h2 id={`${id}-title`}>{t('campaign.settings.title')}</h2>
      <TextField label={t('campaign.settings.name')} required maxLength={200} value={settings.title} error={error('title')} onChange={(e) => set('title', e.target.value)} />
      <div className="form__row">
        <TextField label={t('campaign.settings.year')} required inputMode="numeric" maxLength={4} value={settings.year} error={error('year')} onChange={(e) => set('year', e.target.value)} />
        <TextField label={t('campaign.settings.opensOn')} required type="date" value={settings.opensOn} error={error('opensOn')} onChange={(e) => set('opensOn', e.target.value)} />
        <TextField label={t('campaign.settings.closesOn')} required type="date" value={settings.closesOn} error={error('closesOn')} onChange={(e) => set('closesOn', e.target.value)} />
      </div>
      <Checkbox label={t('campaign.settings.anonymous')} hint={t('campaign.settings.anonymousHint')} checked={settings.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
      <TextAreaField label={t('campaign.settings.introFr')} hint={t('campaign.settings.introHint')} rows={3} maxLength={2000} value={settings.introFr} onChange={(e) => set('introFr', e.target.value)} />
      <TextAreaField label={t('campaign.settings.introEn')} rows={3} maxLength={2000} lang="en" value={settings.introEn} onChange={(e) => set('introEn', e.target.value)} />

      <fieldset className="form__group">
        <legend>{t('campaign.audience.title')}</legend>
        <p className="field__hint">{t('campaign.audience.hint')}</p>
        <fieldset>
          <legend className="form__sublegend">{t('campaign.audience.sizes')}</legend>
          <div className="checkbox-grid">
            {SIZES.map((size) => (
              <Checkbox key={size} label={t(`sizeShort.${size}`)} checked={settings.sizes.includes(size)} onChange={(e) => toggleSize(size, e.target.checked)} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="form__sublegend">{t('campaign.audience.regional')}</legend>
          {(['', 'yes', 'no'] as const).map((value) => (
            <div key={value} className="field field--checkbox">
              <input id={`${id}-regional-${value}`} type="radio" name={`${id}-regional`} checked={settings.regional === value} onChange={() => set('regional', value)} />
              <label htmlFor={`${id}-regional-${value}`}>{t(`campaign.audience.regionalChoice.${value || 'all'}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField label={t('campaign.audience.naf')} hint={t('campaign.audience.nafHint')} maxLength={200} value={settings.nafPrefixes} onChange={(e) => set('nafPrefixes', e.target.value)} />
        <Checkbox label={t('campaign.audience.paidInYear')} checked={settings.paidInYear} onChange={(e) => set('paidInYear', e.target.checked)} />
      </fieldset>

      <fieldset className="form__group">
        <legend>{t('campaign.reminders.title')}</legend>
        <div className="form__row">
          <TextField label={t('campaign.reminders.gap')} required inputMode="numeric" maxLength={3} value={settings.reminderGapDays} error={error('reminderGapDays')} onChange={(e) => set('reminderGapDays', e.target.value)} />
          <TextField label={t('campaign.reminders.max')} required inputMode="numeric" maxLength={2} value={settings.maxReminders} error={error('maxReminders')} onChange={(e) => set('maxReminders', e.target.value)} />
        </div>
        <Checkbox label={t('campaign.reminders.auto')} hint={t('campaign.reminders.autoHint')} checked={settings.autoRemind} onChange={(e) => set('autoRemind', e.target.checked)} />
      </fieldset>

      {serverError && !Object.keys(fromServer).length && <ErrorAlert error={serverError} />}
      {done && (
        <Alert tone="success">
          <p>{t('campaign.settings.saved')}</p>
        </Alert>
      )}
      <Button type="submit" busy={busy}>
        {t(campaign ? 'campaign.settings.save' : 'campaign.settings.create')}
      </Button>
    </form>
  );
}
