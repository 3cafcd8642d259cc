import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | string[] | Tree };

function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : Array.isArray(value) ? [`${prefix}${key}[${value.length}]`] : shape(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  it('have the same keys (and list lengths) in French and English', () => {
    expect(shape(en as Tree).sort()).toEqual(shape(fr as Tree).sort());
  });

  it('have no empty text', () => {
    const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : texts(v)));
    expect([...texts(fr as Tree), ...texts(en as Tree)].filter((s) => !s.trim())).toEqual([]);
  });
});
