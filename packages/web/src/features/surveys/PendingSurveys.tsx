import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { surveyPath } from '../../app/access';
import { formatLocalDate } from '../../shared/format';
import { isPending, MySurveysQuery } from './my-surveys';
import '../../i18n/surveys';

/** The dashboard's card for each survey the supplier still has to answer (nothing when none). */
export function PendingSurveys() {
  const { t } = useTranslation();
  const { data } = useQuery(MySurveysQuery, { fetchPolicy: 'cache-and-network' });
  const pending = data?.mySurveys.filter(isPending) ?? [];
  if (!pending.length) return null;
  return (
    <section aria-labelledby="dashboard-surveys">
      <h2 id="dashboard-surveys">{t('pendingSurveys.title', { count: pending.length })}</h2>
      <ul className="cards">
        {pending.map((s) => (
          <li key={s.campaignId} className="card card--action">
            <h3 className="card__title">
              <Link to={surveyPath(s.campaignId)}>{s.title}</Link>
            </h3>
            <p>{t(s.hasDraft ? 'pendingSurveys.draft' : 'pendingSurveys.todo', { date: formatLocalDate(s.closesOn) })}</p>
            <p className="card__note">{t(s.anonymous ? 'survey.anonymous' : 'survey.identified')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
