import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { TextField } from '../../shared/ui/TextField';
import type { AgentChoice, DeclarationDraft } from './declaration-form';
import { beneficiaryText } from './declaration-text';
import { useEthicsT } from './ethics-i18n';
import { useDebouncedValue } from './useDebouncedValue';

const AgentDirectoryQuery = graphql(`
  query AgentDirectory($search: String!) {
    agentDirectory(search: $search) {
      id
      displayName
      direction
    }
  }
`);

type Beneficiary = Pick<DeclarationDraft, 'beneficiaryMode' | 'agent' | 'department' | 'name'>;

/**
 * Who benefited (or, for a conflict, who is concerned): an agent found in the Region's directory
 * (name and direction only), or failing that a department and a name typed in, which the ethics
 * officer matches.
 */
export function BeneficiaryPicker({
  legend,
  value,
  error,
  onChange,
}: {
  legend: string;
  value: Beneficiary;
  error?: string;
  onChange: (change: Partial<Beneficiary>) => void;
}) {
  const t = useEthicsT();
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim(), 300);
  const searching = settled.length >= 2;
  const { data, loading } = useQuery(AgentDirectoryQuery, { variables: { search: settled }, skip: !searching });
  const found = searching ? (data?.agentDirectory ?? []) : [];

  const choose = (agent: AgentChoice) => onChange({ agent: { id: agent.id, displayName: agent.displayName, direction: agent.direction ?? null } });

  return (
    <fieldset className="form__group" data-field="beneficiary">
      <legend>{legend}</legend>
      <p className="field__hint">{t('ethics.form.beneficiary.hint')}</p>
      {(['agent', 'other'] as const).map((mode) => (
        <div key={mode} className="field field--checkbox">
          <input id={`${id}-${mode}`} type="radio" name={`${id}-mode`} checked={value.beneficiaryMode === mode} onChange={() => onChange({ beneficiaryMode: mode })} />
          <label htmlFor={`${id}-${mode}`}>{t(`ethics.form.beneficiary.mode.${mode}`)}</label>
        </div>
      ))}
      {value.beneficiaryMode === 'agent' ? (
        <>
          <TextField
            label={t('ethics.form.beneficiary.search')}
            hint={t('ethics.form.beneficiary.searchHint')}
            type="search"
            name="beneficiarySearch"
            autoComplete="off"
            maxLength={100}
            value={search}
            error={value.agent ? undefined : error}
            onChange={(e) => setSearch(e.target.value)}
          />
          <p role="status" className="count">
            {searching && !loading && data ? t('ethics.form.beneficiary.found', { count: found.length }) : ''}
          </p>
          {found.length > 0 && (
            <fieldset>
              <legend className="form__sublegend">{t('ethics.form.beneficiary.results')}</legend>
              <ul className="agent-results">
                {found.map((agent) => (
                  <li key={agent.id} className="choice">
                    <input id={`${id}-agent-${agent.id}`} type="radio" name={`${id}-agent`} checked={value.agent?.id === agent.id} onChange={() => choose(agent)} />
                    <label htmlFor={`${id}-agent-${agent.id}`}>{beneficiaryText({ beneficiaryAgent: agent })}</label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <p>
            {value.agent ? (
              <>
                <strong>{t('ethics.form.beneficiary.chosen')}</strong> {beneficiaryText({ beneficiaryAgent: value.agent })}
              </>
            ) : (
              t('ethics.form.beneficiary.noneChosen')
            )}
          </p>
        </>
      ) : (
        <>
          <TextField
            label={t('ethics.form.beneficiary.department')}
            hint={t('ethics.form.beneficiary.departmentHint')}
            name="beneficiaryDepartment"
            maxLength={200}
            value={value.department}
            error={error}
            onChange={(e) => onChange({ department: e.target.value })}
          />
          <TextField label={t('ethics.form.beneficiary.name')} name="beneficiaryName" maxLength={200} value={value.name} onChange={(e) => onChange({ name: e.target.value })} />
        </>
      )}
    </fieldset>
  );
}
