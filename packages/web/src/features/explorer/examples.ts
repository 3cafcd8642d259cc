/** Queries to start from: the year's indicators, their trend, who I am, my API tokens. */
export interface Example {
  key: 'report' | 'trend' | 'viewer' | 'tokens';
  query: string;
  variables: Record<string, unknown> | null;
}

export function examples(year: number): Example[] {
  return [
    {
      key: 'report',
      query: `query SpaserReport($year: Int!) {
  spaserReport(year: $year) {
    year
    suppliers { total smallMediumShare regionalShareOfSmallMedium regionalActive }
    payments { invoicesPaid averageDelayDays medianDelayDays lateShare lateInterestOwed { amount currency } }
    survey { responses satisfactionRate nps responseRate }
    declarations { total flagged }
    contracts { total socialShare environmentalShare lowCarbonShare }
    csvUrl
  }
}`,
      variables: { year },
    },
    {
      key: 'trend',
      query: `query PaymentDelayTrend($from: Int!, $to: Int!) {
  spaserReports(from: $from, to: $to) {
    year
    payments { averageDelayDays medianDelayDays lateShare }
  }
}`,
      variables: { from: 2018, to: year },
    },
    { key: 'viewer', query: '{\n  viewer {\n    email\n    displayName\n    roles\n  }\n}', variables: null },
    {
      key: 'tokens',
      query: `{
  apiTokens(first: 10) {
    totalCount
    edges { node { name prefix roles expiresAt lastUsedAt revokedAt } }
  }
}`,
      variables: null,
    },
  ];
}

/** Variables as the box shows them. */
export const variablesText = (variables: Record<string, unknown> | null): string => (variables ? JSON.stringify(variables, null, 2) : '');
