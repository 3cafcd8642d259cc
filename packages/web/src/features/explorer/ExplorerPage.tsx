import '../../i18n/indicators';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Alert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TextAreaField } from '../../shared/ui/TextField';
import { useIndicatorsT } from '../indicators/indicators-i18n';
import { thisYear } from '../indicators/years';
import { examples, variablesText } from './examples';
import { type Answer, parseVariables, postGraphQL } from './graphql-http';
import { SchemaBrowser } from './SchemaBrowser';
import { exampleFor, type FieldDoc, INTROSPECTION_QUERY, type SchemaDoc } from './schema-docs';
import './explorer.css';

type SchemaState = { status: 'loading' } | { status: 'failed'; errors: string[] } | { status: 'ready'; schema: SchemaDoc };

/** The schema, read once by introspection (agents only: the server refuses it to anyone else). */
function useSchema(): SchemaState {
  const [state, setState] = useState<SchemaState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    postGraphQL(INTROSPECTION_QUERY, undefined, controller.signal).then(
      (answer) => {
        const schema = (answer.json as { data?: { __schema?: SchemaDoc } } | null)?.data?.__schema;
        setState(schema ? { status: 'ready', schema } : { status: 'failed', errors: answer.errors });
      },
      () => !controller.signal.aborted && setState({ status: 'failed', errors: [] }),
    );
    return () => controller.abort();
  }, []);
  return state;
}

/**
 * An in-app GraphQL explorer for the Region's agents: a query and its variables, run against
 * POST /graphql with this session, the answer as JSON; beside it, the schema's documentation.
 * Bundled with the page (no remote script, no eval: the CSP forbids both).
 */
export default function ExplorerPage() {
  const t = useIndicatorsT();
  const year = thisYear();
  const starters = examples(year);
  const [query, setQuery] = useState(starters[0]!.query);
  const [variables, setVariables] = useState(variablesText(starters[0]!.variables));
  const [variablesError, setVariablesError] = useState<string | undefined>();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failed, setFailed] = useState(false);
  const [running, setRunning] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const focusBox = (name: 'query' | 'variables') => (form.current?.elements.namedItem(name) as HTMLTextAreaElement | null)?.focus();
  const schema = useSchema();

  function load(next: string, nextVariables: Record<string, unknown> | null, name: string) {
    setQuery(next);
    setVariables(variablesText(nextVariables));
    setVariablesError(undefined);
    setAnnouncement(t('explorer.inserted', { name }));
    focusBox('query');
  }

  async function run() {
    if (running) return;
    const parsed = parseVariables(variables);
    if (!parsed.ok) {
      setVariablesError(t(`explorer.variables.${parsed.problem}`, { detail: parsed.detail ?? '' }));
      setAnnouncement(t('explorer.variables.announce'));
      focusBox('variables');
      return;
    }
    setVariablesError(undefined);
    setRunning(true);
    setAnnouncement(t('explorer.running'));
    try {
      const result = await postGraphQL(query, parsed.value);
      setAnswer(result);
      setFailed(false);
      setAnnouncement(
        result.errors.length ? t('explorer.receivedWithErrors', { count: result.errors.length, status: result.status }) : t('explorer.received', { status: result.status }),
      );
    } catch {
      setFailed(true);
      setAnnouncement(t('explorer.network'));
    } finally {
      setRunning(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  // Ctrl+Enter (or ⌘+Enter) runs the query from either box.
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  }

  function insert(field: FieldDoc) {
    if (schema.status !== 'ready') return;
    const example = exampleFor(schema.schema, field, 'query', year);
    load(example.query, Object.keys(example.variables).length ? example.variables : null, field.name);
  }

  return (
    <Page title={t('explorer.title')}>
      <p className="lead">{t('explorer.intro')}</p>
      <p>
        {t('explorer.tokens')} <Link to={paths.apiTokens}>{t('explorer.tokensLink')}</Link>
      </p>
      <div className="explorer">
        <section className="explorer__run" aria-labelledby="explorer-query">
          <h2 id="explorer-query">{t('explorer.queryTitle')}</h2>
          <div className="explorer__examples">
            <p id="explorer-examples">{t('explorer.examples.title')}</p>
            <ul className="actions" aria-labelledby="explorer-examples">
              {starters.map((e) => (
                <li key={e.key}>
                  <Button variant="secondary" onClick={() => load(e.query, e.variables, t(`explorer.examples.${e.key}`, { year }))}>
                    {t(`explorer.examples.${e.key}`, { year })}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
          <form ref={form} className="form form--wide explorer__form" noValidate onSubmit={onSubmit}>
            <TextAreaField
              name="query"
              label={t('explorer.query')}
              hint={t('explorer.queryHint')}
              className="explorer__code"
              rows={14}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onKeyDown}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              wrap="off"
            />
            <TextAreaField
              name="variables"
              label={t('explorer.variables.label')}
              hint={t('explorer.variables.hint')}
              error={variablesError}
              className="explorer__code"
              rows={4}
              value={variables}
              onChange={(e) => setVariables(e.target.value)}
              onKeyDown={onKeyDown}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              wrap="off"
            />
            <Button type="submit" busy={running}>
              {running ? t('explorer.runBusy') : t('explorer.run')}
            </Button>
          </form>
          <p className="explorer__status" role="status">
            {announcement}
          </p>
          <h2 id="explorer-result">{t('explorer.resultTitle')}</h2>
          {failed && (
            <div className="alert alert--error">
              <p>{t('explorer.network')}</p>
            </div>
          )}
          {answer && answer.errors.length > 0 && (
            <div className="alert alert--error">
              <p className="alert__title">{t('explorer.errorsTitle', { count: answer.errors.length })}</p>
              <ul>
                {answer.errors.map((e, i) => (
                  <li key={i} lang="fr">
                    {e}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {answer ? (
            <pre className="explorer__result" tabIndex={0} aria-labelledby="explorer-result">
              <code>{answer.text}</code>
            </pre>
          ) : (
            <p className="note">{t('explorer.noResult')}</p>
          )}
        </section>
        <section className="explorer__docs" aria-labelledby="explorer-docs">
          <h2 id="explorer-docs">{t('explorer.docs.title')}</h2>
          {schema.status === 'loading' && <Loading />}
          {schema.status === 'failed' && (
            <Alert tone="error">
              <p>{t('explorer.docs.failed')}</p>
              {schema.errors.map((e, i) => (
                <p key={i} lang="fr">
                  {e}
                </p>
              ))}
            </Alert>
          )}
          {schema.status === 'ready' && <SchemaBrowser schema={schema.schema} onInsert={insert} />}
        </section>
      </div>
    </Page>
  );
}
