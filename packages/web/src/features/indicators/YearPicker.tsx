import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { SelectField } from '../../shared/ui/TextField';
import { useIndicatorsT } from './indicators-i18n';

/**
 * Which year to show: a list and a button (choosing in the list alone changes nothing, so that
 * moving through it with the keyboard does not reload the page at each step).
 */
export function YearPicker({ years, value, onChange }: { years: readonly number[]; value: number; onChange: (year: number) => void }) {
  const t = useIndicatorsT();
  const [selected, setSelected] = useState(String(value));
  useEffect(() => setSelected(String(value)), [value]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onChange(Number(selected));
  }

  return (
    <form className="form form--inline year-picker" onSubmit={onSubmit} aria-label={t('indicators.year.form')}>
      <SelectField
        label={t('indicators.year.label')}
        name="annee"
        value={selected}
        onChange={(e) => setSelected(e.target.value)}
        options={[...years].reverse().map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Button type="submit" variant="secondary">
        {t('indicators.year.submit')}
      </Button>
    </form>
  );
}
