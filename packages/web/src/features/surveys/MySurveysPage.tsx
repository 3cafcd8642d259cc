import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { surveyPath } from '../../app/access';
import { formatLocalDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { MySurveysQuery, type MySurveyState, stateOf } from './my-surveys';
import '../../i18n/surveys';

const TONE: Record<MySurveyState, string> = { todo: 'warning', draft: 'progress', answered: 'success' };

export function SurveyStateBadge({ state }: { state: MySurveyState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[state]}`}>{t(`mySurveys.state.${state}`)}</span>;
}

/** The surveys the supplier is invited to: open ones to answer, and those already answered. */
export default function MySurveysPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MySurveysQuery, { fetchPolicy: 'cache-and-network' });
  const surveys = data?.mySurveys;

  return (
    <Page title={t('mySurveys.title')}>
      <p className="lead">{t('mySurveys.intro')}</p>
      {loading && !surveys && <Loading />}
      <ErrorAlert error={error} />
      {surveys?.length === 0 && (
        <div className="empty">
          <p>{t('mySurveys.empty')}</p>
        </div>
      )}
      {surveys && surveys.length > 0 && (
        <ul className="cards cards--list">
          {surveys.map((s) => (
            <li key={s.campaignId} className="card">
              <h2 className="card__title">{s.status === 'OPEN' ? <Link to={surveyPath(s.campaignId)}>{s.title}</Link> : s.title}</h2>
              <p>
                <SurveyStateBadge state={stateOf(s)} />
              </p>
              <dl className="details details--compact">
                <dt>{t('mySurveys.closesOn')}</dt>
                <dd>{s.status === 'OPEN' ? formatLocalDate(s.closesOn) : t('mySurveys.closed')}</dd>
                <dt>{t('mySurveys.anonymity')}</dt>
                <dd>{t(s.anonymous ? 'mySurveys.anonymous' : 'mySurveys.identified')}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
