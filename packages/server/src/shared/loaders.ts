import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
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

/** Entities of one class by id, batched per request (through the EntityManager: filters apply). */
export function byId<T extends { id: string }>(context: object, em: EntityManager, entity: EntityName<T>) {
  return loader<T | null>(context, `byId:${typeof entity === 'string' ? entity : (entity as { name: string }).name}`, async (ids) => {
    const found = (await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>)) as T[];
    const map = new Map(found.map((f) => [f.id, f]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
