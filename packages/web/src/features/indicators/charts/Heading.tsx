import { createElement, type ReactNode } from 'react';

export type Level = 2 | 3 | 4;

/** A heading whose level depends on where its block sits (the dashboard and the public page nest them differently). */
export function Heading({ level, id, className, children }: { level: Level; id?: string; className?: string; children: ReactNode }) {
  return createElement(`h${level}`, { id, className }, children);
}
