import type { ReactNode } from 'react';
import { TableWrap } from '../../shared/ui/TableWrap';
import { formatSigned } from '../survey-results/figures';
import { formatCount, formatEuros, formatFigure, formatShare } from './charts/figures';
import { Heading, type Level } from './charts/Heading';
import { type IndicatorsKey, type IndicatorsT, useIndicatorsT } from './indicators-i18n';
import type { KeyCount, YearReport } from './report';

interface Figure {
  key: string;
  title: string;
  /** The figure in words, or null when there is no data. */
  value: string | null;
  note?: string;
}

/** A block of figures: a heading, then one card per figure. */
function FigureSection({ id, title, level, figures, children }: { id: string; title: string; level: Level; figures: Figure[]; children?: ReactNode }) {
  const t = useIndicatorsT();
  const cardLevel = Math.min(level + 1, 4) as Level;
  return (
    <section className="figures" aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      <ul className="cards">
        {figures.map((f) => (
          <li key={f.key} className="card">
            <Heading level={cardLevel} className="card__title">
              {f.title}
            </Heading>
            <p className={f.value === null ? 'card__figure card__figure--none' : 'card__figure'}>{f.value ?? t('indicators.noData')}</p>
            {f.note && <p className="card__note">{f.note}</p>}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/** A label for an enum value the server sends (declaration kind, status, flag); an unknown one shows as it is. */
const labelOf = (t: IndicatorsT, group: 'kind' | 'status' | 'flag', key: string) => {
  const text = t(`indicators.declarations.${group}.${key}` as IndicatorsKey);
  return text.startsWith('indicators.') ? key : text;
};

function Breakdown({ caption, group, counts }: { caption: string; group: 'kind' | 'status' | 'flag'; counts: KeyCount[] }) {
  const t = useIndicatorsT();
  return (
    <TableWrap label={caption}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`indicators.declarations.${group}Column`)}</th>
            <th scope="col" className="num">
              {t('indicators.declarations.countColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.key}>
              <th scope="row">{labelOf(t, group, c.key)}</th>
              <td className="num">{formatCount(c.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * One year's SPASER indicators in cards, section by section (suppliers, payments, survey,
 * declarations, contracts). `level` is the sections' heading level; the cards' sit one below.
 */
export function YearFigures({ report, level, legalDays = 30 }: { report: YearReport; level: Level; legalDays?: number }) {
  const t = useIndicatorsT();
  const { year, suppliers: s, payments: p, survey: q, declarations: d, contracts: c } = report;
  const days = (v: number | null) => (v === null ? null : t('indicators.units.days', { count: v, value: formatFigure(v) }));
  const unknown = (count: number) => (count > 0 ? t('indicators.contracts.unknown', { count }) : undefined);
  const id = (section: string) => `figures-${year}-${section}`;

  return (
    <div className="year-figures">
      <FigureSection
        id={id('suppliers')}
        level={level}
        title={t('indicators.suppliers.title', { year })}
        figures={[
          {
            key: 'smallMedium',
            title: t('indicators.suppliers.smallMediumShare'),
            value: formatShare(s.smallMediumShare),
            note: t('indicators.suppliers.smallMediumNote', { smallMedium: formatCount(s.smallMedium), known: formatCount(s.knownSize) }),
          },
          {
            key: 'regional',
            title: t('indicators.suppliers.regionalShare'),
            value: formatShare(s.regionalShareOfSmallMedium),
            note: t('indicators.suppliers.regionalNote'),
          },
          {
            key: 'regionalActive',
            title: t('indicators.suppliers.regionalActive'),
            value: formatCount(s.regionalActive),
            note: t('indicators.suppliers.activeNote'),
          },
          {
            key: 'total',
            title: t('indicators.suppliers.total'),
            value: formatCount(s.total),
            note: s.unknownSize > 0 ? t('indicators.suppliers.unknownSize', { count: s.unknownSize }) : undefined,
          },
        ]}
      />
      <FigureSection
        id={id('payments')}
        level={level}
        title={t('indicators.payments.title', { year })}
        figures={[
          { key: 'average', title: t('indicators.payments.averageDelay'), value: days(p.averageDelayDays), note: t('indicators.payments.legal', { days: legalDays }) },
          { key: 'median', title: t('indicators.payments.medianDelay'), value: days(p.medianDelayDays), note: t('indicators.payments.medianNote') },
          {
            key: 'late',
            title: t('indicators.payments.lateShare'),
            value: formatShare(p.lateShare),
            note: t('indicators.payments.lateNote', { late: formatCount(p.lateInvoices), paid: formatCount(p.invoicesPaid) }),
          },
          {
            key: 'interestOwed',
            title: t('indicators.payments.interestOwed'),
            value: formatEuros(p.lateInterestOwed),
            note: p.rateUnknownInvoices > 0 ? t('indicators.payments.rateUnknown', { count: p.rateUnknownInvoices }) : undefined,
          },
          { key: 'indemnities', title: t('indicators.payments.indemnitiesOwed'), value: formatEuros(p.indemnitiesOwed), note: t('indicators.payments.indemnityNote') },
          { key: 'interestPaid', title: t('indicators.payments.interestPaid'), value: formatEuros(p.lateInterestPaid) },
        ]}
      />
      <FigureSection
        id={id('survey')}
        level={level}
        title={t('indicators.survey.title', { year })}
        figures={[
          { key: 'satisfaction', title: t('indicators.survey.satisfactionRate'), value: formatShare(q.satisfactionRate), note: t('indicators.survey.satisfactionNote') },
          { key: 'nps', title: t('indicators.survey.nps'), value: q.nps === null ? null : formatSigned(q.nps), note: t('indicators.survey.npsNote') },
          {
            key: 'response',
            title: t('indicators.survey.responseRate'),
            value: formatShare(q.responseRate),
            note: q.responses === null ? undefined : t('indicators.survey.responses', { count: q.responses, formatted: formatCount(q.responses) }),
          },
        ]}
      >
        <p className="note">{q.campaignTitle ? t('indicators.survey.campaign', { title: q.campaignTitle }) : t('indicators.survey.noCampaign', { year })}</p>
      </FigureSection>
      <FigureSection
        id={id('declarations')}
        level={level}
        title={t('indicators.declarations.title', { year })}
        figures={[
          { key: 'total', title: t('indicators.declarations.total'), value: formatCount(d.total) },
          { key: 'flagged', title: t('indicators.declarations.flagged'), value: formatCount(d.flagged), note: t('indicators.declarations.flaggedNote') },
        ]}
      >
        {d.byKind.length > 0 && <Breakdown caption={t('indicators.declarations.byKind', { year })} group="kind" counts={d.byKind} />}
        {d.byStatus.length > 0 && <Breakdown caption={t('indicators.declarations.byStatus', { year })} group="status" counts={d.byStatus} />}
        {d.byFlag.length > 0 && <Breakdown caption={t('indicators.declarations.byFlag', { year })} group="flag" counts={d.byFlag} />}
      </FigureSection>
      <FigureSection
        id={id('contracts')}
        level={level}
        title={t('indicators.contracts.title', { year })}
        figures={[
          { key: 'total', title: t('indicators.contracts.total'), value: formatCount(c.total) },
          { key: 'social', title: t('indicators.contracts.socialShare'), value: formatShare(c.socialShare), note: unknown(c.socialUnknown) },
          { key: 'environmental', title: t('indicators.contracts.environmentalShare'), value: formatShare(c.environmentalShare), note: unknown(c.environmentalUnknown) },
          { key: 'lowCarbon', title: t('indicators.contracts.lowCarbonShare'), value: formatShare(c.lowCarbonShare), note: unknown(c.lowCarbonUnknown) },
        ]}
      />
    </div>
  );
}
