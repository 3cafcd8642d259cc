import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../app/i18n';
import { LineChart } from './LineChart';
import { TrendCharts } from './TrendCharts';

const years = ['2018', '2019', '2020', '2021'];

describe('LineChart', () => {
  it('is an image named by its title and summary, followed by the same figures in a table', () => {
    const { container } = render(
      <LineChart
        title="Délais de paiement"
        level={3}
        categoryLabel="Année"
        categories={years}
        series={[
          { key: 'average', label: 'Délai moyen', values: [29.6, 26.1, null, 18.8] },
          { key: 'median', label: 'Délai médian', values: [null, null, null, 18] },
        ]}
        format={(v) => `${String(v).replace('.', ',')} jours`}
        tick={String}
        reference={{ value: 30, label: 'maximum légal, 30 jours' }}
      />,
    );
    const image = screen.getByRole('img');
    expect(image.tagName.toLowerCase()).toBe('svg');
    const ids = image.getAttribute('aria-labelledby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.tagName.toLowerCase())).toEqual(['title', 'desc']);
    expect(document.getElementById(ids[0]!)!.textContent).toBe('Délais de paiement');
    expect(document.getElementById(ids[1]!)!.textContent).toBe(
      'Délai moyen : 29,6 jours en 2018, 18,8 jours en 2021. Délai médian : 18 jours en 2021, seule année connue. Ligne de référence : maximum légal, 30 jours.',
    );
    // The missing year breaks the line: two runs for the average, a lone marker for the median.
    expect(container.querySelectorAll('.line-chart__series--0 .line-chart__line')).toHaveLength(2);
    expect(container.querySelectorAll('svg[role="img"] .line-chart__series--0 .line-chart__marker')).toHaveLength(3);
    expect(container.querySelectorAll('svg[role="img"] .line-chart__series--1 .line-chart__line')).toHaveLength(0);
    // The axis goes up to the reference line at least.
    expect([...container.querySelectorAll('.line-chart__grid text')].map((t) => t.textContent)).toEqual(['0', '10', '20', '30']);

    const table = screen.getByRole('table', { name: 'Délais de paiement : données' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Année', 'Délai moyen', 'Délai médian']);
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(years);
    expect(within(table).getAllByRole('row')[3]!.textContent).toBe('2020pas de donnéespas de données');
    expect(within(table).getAllByRole('row')[4]!.textContent).toBe('202118,8 jours18 jours');
    expect(screen.getByRole('heading', { level: 3, name: 'Délais de paiement' })).toBeTruthy();
  });
});

describe('TrendCharts', () => {
  const year = (y: number, delay: number | null, satisfaction: number | null) => ({
    year: y,
    payments: { averageDelayDays: delay, medianDelayDays: delay === null ? null : Math.round(delay) },
    survey: { satisfactionRate: satisfaction, responseRate: null },
    suppliers: { smallMediumShare: 0.76, regionalShareOfSmallMedium: 0.786 },
    contracts: { socialShare: null, environmentalShare: null, lowCarbonShare: null },
  });

  it('draws the four trends, in French units, and says when a trend has no data at all', () => {
    render(<TrendCharts years={[year(2018, 29.6, null), year(2021, 18.8, 0.8)]} level={3} />);
    expect(screen.getAllByRole('img')).toHaveLength(3);
    const delays = screen.getByRole('table', { name: 'Délais de paiement : données' });
    expect(within(delays).getAllByRole('row')[1]!.textContent).toBe('201829,6 jours30 jours');
    const satisfaction = screen.getByRole('table', { name: 'Satisfaction des fournisseurs : données' });
    expect(within(satisfaction).getAllByRole('row')[2]!.textContent).toBe('202180\u00a0%pas de données');
    expect(screen.getByRole('table', { name: 'Profil des fournisseurs : données' }).textContent).toContain('78,6\u00a0%');
    const clauses = screen.getByRole('region', { name: 'Clauses responsables des marchés' });
    expect(clauses.textContent).toContain('Pas encore de données pour ces années.');
    expect(within(clauses).queryByRole('table')).toBeNull();
  });
});
