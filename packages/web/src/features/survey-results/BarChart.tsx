import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../shared/ui/TableWrap';
import { formatRate, shareOf } from './figures';
import '../../i18n/surveys';

export interface Bar {
  label: string;
  count: number;
}

/**
 * How many chose each value, as horizontal bars: one image with a summary for assistive
 * technologies (the bars are drawn in SVG, their widths as attributes, no inline style), followed
 * by the same figures in a real table with a caption.
 */
export function BarChart({ caption, bars, total }: { caption: string; bars: readonly Bar[]; total: number }) {
  const { t } = useTranslation();
  const widest = Math.max(1, ...bars.map((b) => b.count));
  const share = (count: number) => formatRate(shareOf(count, total))!;
  const summary = bars.map((b) => t('results.chart.item', { label: b.label, count: b.count, share: share(b.count) })).join(' ; ');

  return (
    <div className="chart">
      <div className="chart__bars" role="img" aria-label={t('results.chart.label', { caption, summary })}>
        {bars.map((b) => (
          <div key={b.label} className="chart__row">
            <span className="chart__label">{b.label}</span>
            <svg className="chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false" aria-hidden="true">
              <rect className="chart__track" x="0" y="0" width="100" height="10" />
              <rect className="chart__fill" x="0" y="0" width={(100 * b.count) / widest} height="10" />
            </svg>
            <span className="chart__value">{b.count}</span>
          </div>
        ))}
      </div>
      <TableWrap label={caption}>
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.chart.answer')}</th>
              <th scope="col" className="num">
                {t('results.chart.count')}
              </th>
              <th scope="col" className="num">
                {t('results.chart.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td className="num">{b.count}</td>
                <td className="num">{share(b.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
