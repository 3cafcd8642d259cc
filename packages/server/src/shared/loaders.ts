import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use and kept with the request's context object, so a
 * field resolved for every row of a list issues one query, not one per row.
 */
const store = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

export function loader<V>(context: object, name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = store.get(context);
  if (!loaders) store.set(context, (loaders = new Map()));
  let l = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!l) loaders.set(name, (l = new DataLoader<string, V>(batch) as DataLoader<string, V>) as DataLoader<string, unknown>);
  return l;
}
