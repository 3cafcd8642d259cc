import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEnter } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { fieldErrors } from '../../shared/errors';
import { formatDateTime, formatLocalDate } from '../../shared/format';
import { addPoints, formatPercent, parseDecimalInput } from '../../shared/money';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { Checkbox, SelectField, TextField } from '../../shared/ui/TextField';
import '../../i18n/payments';

const InterestRatesQuery = graphql(`
  query InterestRates {
    interestRates {
      halfYearStart
      ecbRate
      toConfirm
      updatedAt
    }
  }
`);

const SetInterestRateMutation = graphql(`
  mutation SetInterestRate($halfYearStart: LocalDate!, $ecbRate: String!, $toConfirm: Boolean!) {
    setInterestRate(halfYearStart: $halfYearStart, ecbRate: $ecbRate, toConfirm: $toConfirm) {
      halfYearStart
      ecbRate
      toConfirm
      updatedAt
    }
  }
`);

/** Late interest = the ECB rate on the first day of the half-year + 8 points (R2192-31). */
const POINTS = 8;

const half = (halfYearStart: string) => (halfYearStart.slice(5) === '07-01' ? 2 : 1);

/** The ECB rates per half-year that late interest rests on: readable by every agent, edited by ADMIN. */
export default function InterestRatesPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error } = useQuery(InterestRatesQuery);
  const rates = data?.interestRates;
  const isAdmin = !!viewer && mayEnter(viewer, 'admin');
  const [editing, setEditing] = useState<{ year: string; half: '1' | '2'; rate: string; toConfirm: boolean } | null>(null);

  return (
    <Page title={t('rates.title')}>
      <p className="lead">{t('rates.intro')}</p>
      <p>{t('rates.unknown')}</p>
      {loading && <Loading />}
      <ErrorAlert error={error} />
      {rates && (
        <TableWrap label={t('rates.tableLabel')}>
          <table className="table">
            <caption>{t('rates.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rates.halfYear')}</th>
                <th scope="col" className="num">
                  {t('rates.ecbRate')}
                </th>
                <th scope="col" className="num">
                  {t('rates.totalRate')}
                </th>
                <th scope="col">{t('rates.state')}</th>
                <th scope="col">{t('rates.updatedAt')}</th>
                {isAdmin && <th scope="col">{t('rates.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => {
                const total = addPoints(r.ecbRate, POINTS);
                const label = t(half(r.halfYearStart) === 2 ? 'rates.secondHalfOf' : 'rates.firstHalfOf', { year: r.halfYearStart.slice(0, 4) });
                return (
                  <tr key={r.halfYearStart}>
                    <th scope="row">
                      {label}
                      <span className="details__note">{t('rates.from', { date: formatLocalDate(r.halfYearStart) })}</span>
                    </th>
                    <td className="num nowrap">{formatPercent(r.ecbRate)}</td>
                    <td className="num nowrap">{total ? formatPercent(total) : '—'}</td>
                    <td>{r.toConfirm ? <span className="tag tag--warning">{t('rates.toConfirm')}</span> : t('rates.confirmed')}</td>
                    <td>{formatDateTime(r.updatedAt)}</td>
                    {isAdmin && (
                      <td>
                        <Button
                          variant="quiet"
                          aria-label={t('rates.editWhich', { halfYear: label })}
                          onClick={() =>
                            setEditing({ year: r.halfYearStart.slice(0, 4), half: half(r.halfYearStart) === 2 ? '2' : '1', rate: formatPercent(r.ecbRate).replace(/[^\d,.-]/g, ''), toConfirm: r.toConfirm })
                          }
                        >
                          {t('rates.edit')}
                        </Button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {isAdmin && <RateForm key={editing ? JSON.stringify(editing) : 'new'} initial={editing} />}
      {!isAdmin && viewer && <p className="note">{t('rates.adminOnly')}</p>}
    </Page>
  );
}

function RateForm({ initial }: { initial: { year: string; half: '1' | '2'; rate: string; toConfirm: boolean } | null }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(() => initial ?? { year: String(new Date().getFullYear()), half: '1' as '1' | '2', rate: '', toConfirm: false });
  const [problems, setProblems] = useState<{ year?: string; rate?: string }>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(SetInterestRateMutation, { refetchQueries: ['InterestRates'], awaitRefetchQueries: true });
  const server = fieldErrors(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const rate = parseDecimalInput(values.rate);
    const yearOk = /^\d{4}$/.test(values.year.trim()) && Number(values.year) >= 2000 && Number(values.year) <= 2100;
    const found = { year: yearOk ? undefined : t('rates.form.yearInvalid'), rate: rate ? undefined : t('rates.form.rateInvalid') };
    setProblems(found);
    if (!rate || !yearOk) return;
    const halfYearStart = `${values.year.trim()}-${values.half === '2' ? '07' : '01'}-01`;
    const result = await save({ variables: { halfYearStart, ecbRate: rate, toConfirm: values.toConfirm } }).catch(() => null);
    if (result?.data) setSaved(t('rates.form.saved', { date: formatLocalDate(halfYearStart), rate: formatPercent(result.data.setInterestRate.ecbRate) }));
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('rates.form.title')}</h2>
      <p>{t('rates.form.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          label={t('rates.form.year')}
          name="year"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={4}
          value={values.year}
          onChange={(e) => setValues({ ...values, year: e.target.value })}
          error={problems.year}
        />
        <SelectField
          label={t('rates.form.half')}
          name="half"
          value={values.half}
          onChange={(e) => setValues({ ...values, half: e.target.value === '2' ? '2' : '1' })}
          options={[
            { value: '1', label: t('rates.form.firstHalf') },
            { value: '2', label: t('rates.form.secondHalf') },
          ]}
        />
        <TextField
          label={t('rates.form.rate')}
          hint={t('rates.form.rateHint')}
          name="ecbRate"
          inputMode="decimal"
          autoComplete="off"
          required
          value={values.rate}
          onChange={(e) => setValues({ ...values, rate: e.target.value })}
          error={problems.rate ?? server.ecbRate ?? server.halfYearStart}
        />
        <Checkbox label={t('rates.form.toConfirm')} hint={t('rates.form.toConfirmHint')} checked={values.toConfirm} onChange={(e) => setValues({ ...values, toConfirm: e.target.checked })} />
        <ErrorAlert error={error} />
        {saved && (
          <Alert tone="success">
            <p>{saved}</p>
          </Alert>
        )}
        <Button type="submit" busy={loading}>
          {t('rates.form.submit')}
        </Button>
      </form>
    </section>
  );
}
