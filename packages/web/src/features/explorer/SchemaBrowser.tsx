import { useEffect, useId, useRef, useState } from 'react';
import { TextField } from '../../shared/ui/TextField';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import { browsableTypes, type FieldDoc, type InputValueDoc, namedType, type SchemaDoc, type TypeDoc, type TypeRef, typeLabel } from './schema-docs';

interface Props {
  schema: SchemaDoc;
  /** A field of the Query type was chosen: write an example query for it. */
  onInsert: (field: FieldDoc) => void;
}

/** A type in a signature: a button that opens its documentation. */
function TypeButton({ type, onOpen }: { type: TypeRef; onOpen: (name: string) => void }) {
  return (
    <button type="button" className="explorer__type-link" onClick={() => onOpen(namedType(type))}>
      {typeLabel(type)}
    </button>
  );
}

function Arguments({ args, onOpen }: { args: InputValueDoc[]; onOpen: (name: string) => void }) {
  const t = useIndicatorsT();
  if (!args.length) return null;
  return (
    <ul className="explorer__args" aria-label={t('explorer.docs.arguments')}>
      {args.map((a) => (
        <li key={a.name}>
          <code>{a.name}</code> : <TypeButton type={a.type} onOpen={onOpen} />
          {a.defaultValue !== null && <> {t('explorer.docs.default', { value: a.defaultValue })}</>}
          {a.description && <span className="explorer__description"> — {a.description}</span>}
        </li>
      ))}
    </ul>
  );
}

function TypeDetails({ type, isQuery, onOpen, onInsert }: { type: TypeDoc; isQuery: boolean; onOpen: (name: string) => void; onInsert: (field: FieldDoc) => void }) {
  const t = useIndicatorsT();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const shown = useRef(type.name);
  // After a choice (not on the first display), the focus follows to the type shown.
  useEffect(() => {
    if (shown.current !== type.name) heading.current?.focus();
    shown.current = type.name;
  }, [type.name]);

  return (
    <article className="explorer__type" aria-labelledby={id}>
      <h3 id={id} ref={heading} tabIndex={-1}>
        {type.name} <span className="badge badge--neutral">{t(`explorer.kinds.${type.kind}` as never)}</span>
      </h3>
      {type.description && <p>{type.description}</p>}
      {type.fields && (
        <dl className="explorer__fields">
          {type.fields.map((f) => (
            <div key={f.name}>
              <dt>
                <code>{f.name}</code> : <TypeButton type={f.type} onOpen={onOpen} />
              </dt>
              <dd>
                {f.description && <p>{f.description}</p>}
                {f.isDeprecated && <p className="note">{t('explorer.docs.deprecated', { reason: f.deprecationReason ?? '' })}</p>}
                <Arguments args={f.args} onOpen={onOpen} />
                {isQuery && (
                  <button type="button" className="btn btn--quiet explorer__insert" onClick={() => onInsert(f)}>
                    {t('explorer.docs.insert')}{' '}
                    <span className="visually-hidden">: {f.name}</span>
                  </button>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {type.inputFields && (
        <dl className="explorer__fields">
          {type.inputFields.map((f) => (
            <div key={f.name}>
              <dt>
                <code>{f.name}</code> : <TypeButton type={f.type} onOpen={onOpen} />
                {f.defaultValue !== null && <> {t('explorer.docs.default', { value: f.defaultValue })}</>}
              </dt>
              {f.description && <dd>{f.description}</dd>}
            </div>
          ))}
        </dl>
      )}
      {type.enumValues && (
        <dl className="explorer__fields">
          {type.enumValues.map((v) => (
            <div key={v.name}>
              <dt>
                <code>{v.name}</code>
              </dt>
              {v.description && <dd>{v.description}</dd>}
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}

/**
 * The schema's documentation: the types (filtered by name), then the chosen one's fields with their
 * arguments, types and descriptions. A type in a signature opens that type; a Query field offers an
 * example query.
 */
export function SchemaBrowser({ schema, onInsert }: Props) {
  const t = useIndicatorsT();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState(schema.queryType?.name ?? '');
  const types = browsableTypes(schema, filter);
  const type = schema.types.find((x) => x.name === selected);

  return (
    <div className="explorer__schema">
      <TextField
        label={t('explorer.docs.filter')}
        hint={t('explorer.docs.filterHint')}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <p className="count" role="status">
        {t('explorer.docs.count', { count: types.length })}
      </p>
      <ul className="explorer__types" aria-label={t('explorer.docs.types')}>
        {types.map((x) => (
          <li key={x.name}>
            <button type="button" className="explorer__type-link" aria-current={x.name === selected || undefined} onClick={() => setSelected(x.name)}>
              {x.name}
            </button>
          </li>
        ))}
      </ul>
      {type && <TypeDetails type={type} isQuery={type.name === schema.queryType?.name} onOpen={setSelected} onInsert={onInsert} />}
    </div>
  );
}
