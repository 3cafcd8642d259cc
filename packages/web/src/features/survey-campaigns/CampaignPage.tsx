import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { mayEnter, paths, surveyCampaignPath } from '../../app/access';
import { currentLanguage } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { errorCode } from '../../shared/errors';
import { formatLocalDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { choicesOf, choiceText, labelOf } from '../surveys/choices';
import type { SurveyQuestion } from '../surveys/question-fields';
import { CampaignFollowUp, OpenCampaign } from './CampaignActions';
import { CampaignNotFound } from './CampaignNotFound';
import { type CampaignFields, CampaignSettingsForm } from './CampaignSettingsForm';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { QuestionnaireEditor } from './QuestionnaireEditor';
import { SIZES } from './campaign-form';
import { useSurveyCampaign } from './use-survey-campaign';
import '../../i18n/surveys';

/**
 * One campaign. A draft: its settings, its questionnaire and the opening (survey team), read-only
 * for the auditor. Open or closed: the follow-up (invited, answered, reminded) and its actions.
 */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { campaign, loading, error, refetch } = useSurveyCampaign(id);
  const manager = !!viewer && mayEnter(viewer, 'surveyManager');
  const [dirty, setDirty] = useState({ settings: false, questions: false });
  const firstStatus = useRef<string | null>(null);
  if (campaign && firstStatus.current === null) firstStatus.current = campaign.status;

  const back = (
    <p className="back-link">
      <Link to={paths.backOfficeSurveys}>{t('campaigns.backToList')}</Link>
    </p>
  );

  if (errorCode(error) === 'NOT_FOUND') return <CampaignNotFound />;

  const editing = campaign?.status === 'DRAFT' && manager;

  return (
    <Page title={campaign?.title ?? t('campaign.loading')}>
      {back}
      {loading && !campaign && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {campaign && (
        <>
          <p className="campaign-head">
            <CampaignStatusBadge status={campaign.status} /> {t('campaign.year', { year: campaign.year })}
          </p>
          <ul className="actions actions--links">
            <li>
              <Link to={surveyCampaignPath(campaign.id, 'apercu')}>{t('campaign.preview')}</Link>
            </li>
            {campaign.status !== 'DRAFT' && (
              <li>
                <Link to={surveyCampaignPath(campaign.id, 'resultats')}>{t('campaign.results')}</Link>
              </li>
            )}
          </ul>
          {campaign.status !== 'DRAFT' && (
            <CampaignFollowUp
              campaign={campaign}
              stats={campaign.stats}
              manager={manager}
              justChanged={campaign.status !== firstStatus.current}
              onReminded={() => void refetch().catch(() => undefined)}
            />
          )}
          {editing ? (
            <>
              <CampaignSettingsForm campaign={campaign} onDirtyChange={(settings) => setDirty((d) => ({ ...d, settings }))} />
              <QuestionnaireEditor campaignId={campaign.id} questions={campaign.questions} onDirtyChange={(questions) => setDirty((d) => ({ ...d, questions }))} />
              <OpenCampaign id={campaign.id} unsaved={dirty.settings || dirty.questions} />
            </>
          ) : (
            <>
              <CampaignSummary campaign={campaign} />
              <QuestionList questions={campaign.questions} />
            </>
          )}
        </>
      )}
    </Page>
  );
}

/** The settings, read-only. */
function CampaignSummary({ campaign: c }: { campaign: CampaignFields }) {
  const { t } = useTranslation();
  const a = c.audience;
  const audience = [
    a.sizes?.length ? SIZES.filter((s) => a.sizes!.includes(s)).map((s) => t(`sizeShort.${s}`)).join(', ') : null,
    a.regional == null ? null : t(a.regional ? 'campaign.audience.regionalChoice.yes' : 'campaign.audience.regionalChoice.no'),
    a.nafPrefixes?.length ? t('campaign.summary.naf', { prefixes: a.nafPrefixes.join(', ') }) : null,
    a.paidInYear ? t('campaign.audience.paidInYear') : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="campaign-summary">
      <h2 id="campaign-summary">{t('campaign.settings.title')}</h2>
      <dl className="details">
        <dt>{t('campaign.followUp.dates')}</dt>
        <dd>{t('campaign.followUp.period', { from: formatLocalDate(c.opensOn), to: formatLocalDate(c.closesOn) })}</dd>
        <dt>{t('campaign.summary.anonymity')}</dt>
        <dd>{t(c.anonymous ? 'survey.anonymous' : 'survey.identified')}</dd>
        <dt>{t('campaign.audience.title')}</dt>
        <dd>{audience.length ? audience.join(' ; ') : t('campaign.summary.everyone')}</dd>
        <dt>{t('campaign.reminders.title')}</dt>
        <dd>
          {t('campaign.summary.reminders', { gap: c.reminderGapDays, max: c.maxReminders })}{' '}
          {t(c.autoRemind ? 'campaign.summary.autoRemind' : 'campaign.summary.manualRemind')}
        </dd>
        <dt>{t('campaign.settings.introFr')}</dt>
        <dd>{c.introFr ?? t('common.notProvided')}</dd>
        <dt>{t('campaign.settings.introEn')}</dt>
        <dd lang="en">{c.introEn ?? t('common.notProvided')}</dd>
      </dl>
    </section>
  );
}

/** The questionnaire, read-only: wording, type, required, condition, headline. */
function QuestionList({ questions }: { questions: readonly SurveyQuestion[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="campaign-questions">
      <h2 id="campaign-questions">{t('questionnaire.title')}</h2>
      {ordered.length === 0 ? (
        <p>{t('questionnaire.empty')}</p>
      ) : (
        <ol className="question-list">
          {ordered.map((q) => {
            const target = q.showIf ? ordered.find((x) => x.id === q.showIf!.questionId) : undefined;
            const values = target ? choicesOf(target, t, language).filter((c) => q.showIf!.anyOf.includes(c.value)) : [];
            return (
              <li key={q.id}>
                <p className="question-list__label">{labelOf(q, language)}</p>
                <p className="note">
                  {[
                    t(`questionType.${q.type}`),
                    t(q.required ? 'questionnaire.isRequired' : 'questionnaire.isOptional'),
                    q.headline ? t('questionnaire.isHeadline') : null,
                    target ? t('questionnaire.shownIf', { n: ordered.indexOf(target) + 1, values: values.map(choiceText).join(', ') }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {q.options.length > 0 && (
                  <ul>
                    {q.options.map((o) => (
                      <li key={o.value}>{labelOf(o, language)}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
