import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { surveyCampaignPath } from '../../app/access';
import { currentLanguage, type Language } from '../../app/i18n';
import { graphql } from '../../gql';
import type { SizeCategory, SurveyResultsQuery as Results } from '../../gql/graphql';
import { errorCode } from '../../shared/errors';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { CampaignNotFound } from '../survey-campaigns/CampaignNotFound';
import { CampaignStatusBadge } from '../survey-campaigns/CampaignStatusBadge';
import { SIZES } from '../survey-campaigns/campaign-form';
import { choicesOf, choiceText, labelOf } from '../surveys/choices';
import { type Bar, BarChart } from './BarChart';
import { formatPoints, formatRate, formatSigned, pointsBetween } from './figures';
import '../../i18n/surveys';

const SurveyResultsQuery = graphql(`
  query SurveyResults($campaignId: ID!) {
    surveyResults(campaignId: $campaignId) {
      campaign {
        id
        title
        year
        status
        anonymous
      }
      invited
      responses
      responseRate
      countsOnly
      satisfaction {
        rate
        n
        satisfied
        marginPoints
      }
      nps {
        score
        n
        promoters
        passives
        detractors
      }
      previous {
        campaignId
        year
        responses
        responseRate
        satisfactionRate
        nps
      }
      questions {
        question {
          id
          type
          labelFr
          labelEn
          headline
          options {
            value
            labelFr
            labelEn
          }
        }
        answered
        distribution {
          value
          labelFr
          labelEn
          count
        }
        texts
        textsSuppressed
      }
      breakdowns {
        dimension
        cells {
          group
          responses
          satisfactionRate
          suppressed
        }
      }
    }
  }
`);

type SurveyResults = Results['surveyResults'];
type QuestionResult = SurveyResults['questions'][number];

/** The CSV downloads (GET with the session cookie; the raw responses of identified campaigns only). */
const exportPath = (campaignId: string, file: 'results' | 'responses') => `/exports/surveys/${encodeURIComponent(campaignId)}/${file}.csv`;

const isSize = (group: string): group is SizeCategory => (SIZES as readonly string[]).includes(group);

/** Every value a question offers, in order and with zero counts, then any other value given. */
function barsOf(result: QuestionResult, t: TFunction, language: Language): Bar[] {
  const choices = choicesOf(result.question, t, language);
  const counted = new Map(result.distribution.map((d) => [d.value, d]));
  return [
    ...choices.map((c) => ({ label: choiceText(c), count: counted.get(c.value)?.count ?? 0 })),
    ...result.distribution.filter((d) => !choices.some((c) => c.value === d.value)).map((d) => ({ label: labelOf(d, language), count: d.count })),
  ];
}

/** A campaign's aggregated results (survey team and auditors): nothing here names a supplier. */
export default function SurveyResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(SurveyResultsQuery, { variables: { campaignId: id }, fetchPolicy: 'cache-and-network' });
  const results = data?.surveyResults;
  const back = (
    <p className="back-link">
      <Link to={surveyCampaignPath(id)}>{t('results.backToCampaign')}</Link>
    </p>
  );

  if (errorCode(error) === 'NOT_FOUND') return <CampaignNotFound />;

  return (
    <Page title={results ? t('results.title', { title: results.campaign.title }) : t('results.loading')}>
      {back}
      {loading && !results && <Loading />}
      <ErrorAlert error={error} />
      {results && (
        <>
          <p className="campaign-head">
            <CampaignStatusBadge status={results.campaign.status} /> {t('campaign.year', { year: results.campaign.year })} ·{' '}
            {t(results.campaign.anonymous ? 'results.anonymous' : 'results.identified')}
          </p>
          <KeyFigures results={results} />
          {results.previous && <Comparison results={results} previous={results.previous} />}
          {!results.countsOnly && <QuestionResults results={results} />}
          {results.breakdowns.length > 0 && <Breakdowns breakdowns={results.breakdowns} />}
          <section aria-labelledby="results-downloads">
            <h2 id="results-downloads">{t('results.downloads.title')}</h2>
            <ul>
              <li>
                <a href={exportPath(results.campaign.id, 'results')} download>
                  {t('results.downloads.results')}
                </a>
              </li>
              <li>
                {results.campaign.anonymous ? (
                  t('results.downloads.noResponses')
                ) : (
                  <a href={exportPath(results.campaign.id, 'responses')} download>
                    {t('results.downloads.responses')}
                  </a>
                )}
              </li>
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}

function KeyFigures({ results: r }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const s = r.satisfaction;
  return (
    <section aria-labelledby="results-figures">
      <h2 id="results-figures">{t('results.figures.title')}</h2>
      {r.countsOnly && (
        <p className="callout">
          <strong>{t('results.countsOnly')}</strong>
        </p>
      )}
      <ul className="cards cards--figures">
        <li className="card">
          <h3 className="card__title">{t('results.figures.responses')}</h3>
          <p className="card__figure">{r.responses}</p>
          <p>{t('results.figures.responseRate', { invited: r.invited, rate: formatRate(r.responseRate) ?? '—' })}</p>
        </li>
        {s && (
          <li className="card">
            <h3 className="card__title">{t('results.figures.satisfaction')}</h3>
            <p className="card__figure">{formatRate(s.rate) ?? t('results.figures.none')}</p>
            <p>{t('results.figures.satisfactionOf', { satisfied: s.satisfied, count: s.n })}</p>
            {s.marginPoints != null && <p>{t('results.figures.margin', { points: formatPoints(s.marginPoints) })}</p>}
          </li>
        )}
        {r.nps && (
          <li className="card">
            <h3 className="card__title">{t('results.figures.nps')}</h3>
            <p className="card__figure">{r.nps.score == null ? t('results.figures.none') : formatSigned(r.nps.score)}</p>
            <p>{t('results.figures.npsOf', { count: r.nps.n })}</p>
            <ul className="plain">
              <li>{t('results.figures.promoters', { count: r.nps.promoters })}</li>
              <li>{t('results.figures.passives', { count: r.nps.passives })}</li>
              <li>{t('results.figures.detractors', { count: r.nps.detractors })}</li>
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
}

function Comparison({ results: r, previous: p }: { results: SurveyResults; previous: NonNullable<SurveyResults['previous']> }) {
  const { t } = useTranslation();
  const change = (now: number | null | undefined, before: number | null | undefined) => {
    const points = pointsBetween(now, before);
    return points == null ? '—' : t('results.comparison.points', { points: formatSigned(points, 1) });
  };
  const caption = t('results.comparison.caption', { year: r.campaign.year, previous: p.year });
  const rows: [string, string, string, string][] = [
    [t('results.figures.responses'), String(r.responses), String(p.responses), formatSigned(r.responses - p.responses)],
    [t('results.comparison.responseRate'), formatRate(r.responseRate) ?? '—', formatRate(p.responseRate) ?? '—', change(r.responseRate, p.responseRate)],
    [t('results.figures.satisfaction'), formatRate(r.satisfaction?.rate) ?? '—', formatRate(p.satisfactionRate) ?? '—', change(r.satisfaction?.rate, p.satisfactionRate)],
    [
      t('results.figures.nps'),
      r.nps?.score == null ? '—' : formatSigned(r.nps.score),
      p.nps == null ? '—' : formatSigned(p.nps),
      r.nps?.score == null || p.nps == null ? '—' : formatSigned(r.nps.score - p.nps),
    ],
  ];
  return (
    <section aria-labelledby="results-comparison">
      <h2 id="results-comparison">{t('results.comparison.title', { year: p.year })}</h2>
      <TableWrap label={caption}>
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.comparison.indicator')}</th>
              <th scope="col" className="num">
                {r.campaign.year}
              </th>
              <th scope="col" className="num">
                {p.year}
              </th>
              <th scope="col" className="num">
                {t('results.comparison.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, now, before, diff]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{now}</td>
                <td className="num">{before}</td>
                <td className="num">{diff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}

function QuestionResults({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section aria-labelledby="results-questions">
      <h2 id="results-questions">{t('results.questions.title')}</h2>
      {results.questions.map((q, i) => {
        const label = labelOf(q.question, language);
        return (
          <article key={q.question.id} className="result" aria-labelledby={`result-${q.question.id}`}>
            <h3 id={`result-${q.question.id}`}>
              {t('results.questions.heading', { n: i + 1, label })}
              {q.question.headline && (
                <>
                  {' '}
                  <span className="tag">{t('results.questions.headline')}</span>
                </>
              )}
            </h3>
            <p className="note">{t('results.questions.answered', { count: q.answered })}</p>
            {q.question.type === 'FREE_TEXT' ? (
              <FreeTexts result={q} />
            ) : (
              q.answered > 0 && <BarChart caption={t('results.questions.caption', { label })} bars={barsOf(q, t, language)} total={q.answered} />
            )}
          </article>
        );
      })}
    </section>
  );
}

function FreeTexts({ result }: { result: QuestionResult }) {
  const { t } = useTranslation();
  if (result.textsSuppressed) return <p className="callout">{t('results.questions.textsSuppressed')}</p>;
  if (!result.texts.length) return null;
  return (
    <details className="disclosure">
      <summary>{t('results.questions.showTexts', { count: result.texts.length })}</summary>
      <ul className="texts">
        {result.texts.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </details>
  );
}

function Breakdowns({ breakdowns }: { breakdowns: SurveyResults['breakdowns'] }) {
  const { t } = useTranslation();
  const groupLabel = (dimension: string, group: string) =>
    dimension === 'SIZE'
      ? isSize(group)
        ? t(`sizeShort.${group}`)
        : t('results.breakdowns.unknownSize')
      : group === 'true'
        ? t('results.breakdowns.regional')
        : group === 'false'
          ? t('results.breakdowns.notRegional')
          : t('results.breakdowns.unknownRegion');
  return (
    <section aria-labelledby="results-breakdowns">
      <h2 id="results-breakdowns">{t('results.breakdowns.title')}</h2>
      <p className="note">{t('results.breakdowns.rule')}</p>
      {breakdowns.map((b) => {
        const caption = t(b.dimension === 'SIZE' ? 'results.breakdowns.bySize' : 'results.breakdowns.byRegion');
        return (
          <TableWrap key={b.dimension} label={caption}>
            <table className="table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.breakdowns.group')}</th>
                  <th scope="col" className="num">
                    {t('results.figures.responses')}
                  </th>
                  <th scope="col" className="num">
                    {t('results.figures.satisfaction')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {b.cells.map((c) => (
                  <tr key={c.group}>
                    <th scope="row">{groupLabel(b.dimension, c.group)}</th>
                    {c.suppressed ? (
                      <td colSpan={2} className="suppressed">
                        {t('results.breakdowns.suppressed')}
                      </td>
                    ) : (
                      <>
                        <td className="num">{c.responses}</td>
                        <td className="num">{formatRate(c.satisfactionRate) ?? '—'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        );
      })}
    </section>
  );
}
