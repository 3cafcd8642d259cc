import type { LocalDate } from '../../shared/calendar.js';

/**
 * ECB main refinancing rates on the first day of each half-year, in basis points, shipped as the
 * reference data's initial values (SPEC §3); ADMIN edits them afterwards. The 2026 values are to be
 * confirmed by finance. A half-year not listed is "rate unknown", never zero.
 */
export const SHIPPED_ECB_RATES: { halfYearStart: LocalDate; ecbBasisPoints: number; toConfirm: boolean }[] = [
  { halfYearStart: '2014-07-01', ecbBasisPoints: 15, toConfirm: false },
  ...['2015-01-01', '2015-07-01', '2016-01-01'].map((h) => ({ halfYearStart: h, ecbBasisPoints: 5, toConfirm: false })),
  ...[2016, 2017, 2018, 2019, 2020, 2021, 2022].flatMap((y) =>
    [`${y}-01-01`, `${y}-07-01`].filter((h) => h >= '2016-07-01').map((h) => ({ halfYearStart: h, ecbBasisPoints: 0, toConfirm: false })),
  ),
  { halfYearStart: '2023-01-01', ecbBasisPoints: 250, toConfirm: false },
  { halfYearStart: '2023-07-01', ecbBasisPoints: 400, toConfirm: false },
  { halfYearStart: '2024-01-01', ecbBasisPoints: 450, toConfirm: false },
  { halfYearStart: '2024-07-01', ecbBasisPoints: 425, toConfirm: false },
  { halfYearStart: '2025-01-01', ecbBasisPoints: 315, toConfirm: false },
  { halfYearStart: '2025-07-01', ecbBasisPoints: 215, toConfirm: false },
  { halfYearStart: '2026-01-01', ecbBasisPoints: 215, toConfirm: true },
  { halfYearStart: '2026-07-01', ecbBasisPoints: 215, toConfirm: true },
];

export function rateLookupFrom(rows: readonly { halfYearStart: LocalDate; ecbBasisPoints: number; toConfirm: boolean }[]) {
  const byStart = new Map(rows.map((r) => [r.halfYearStart, r]));
  return (start: LocalDate) => byStart.get(start) ?? null;
}
