import { createElement, type ReactNode, useMemo } from 'react';
import { type Block, fitHeadings, type Inline, parseMarkdown } from './markdown';

function inline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'strong':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.children)}</em>;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'break':
        return <br key={i} />;
      case 'link':
        return /^https?:/i.test(n.href) ? (
          <a key={i} href={n.href} rel="noopener noreferrer">
            {inline(n.children)}
          </a>
        ) : (
          <a key={i} href={n.href}>
            {inline(n.children)}
          </a>
        );
    }
  });
}

function block(b: Block, i: number): ReactNode {
  switch (b.kind) {
    case 'heading':
      return createElement(`h${b.level}`, { key: i }, inline(b.children));
    case 'paragraph':
      return <p key={i}>{inline(b.children)}</p>;
    case 'list':
      return b.ordered ? (
        <ol key={i} start={b.start === 1 ? undefined : b.start}>
          {b.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ol>
      ) : (
        <ul key={i}>
          {b.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </ul>
      );
    case 'quote':
      return <blockquote key={i}>{b.blocks.map(block)}</blockquote>;
    case 'rule':
      return <hr key={i} />;
  }
}

/**
 * Markdown shown as React elements (never as HTML). Its headings start at `top` so that they sit
 * under the page's own; a first heading repeating `title` is left out.
 */
export function Markdown({ source, top = 2, title }: { source: string; top?: number; title?: string }) {
  const blocks = useMemo(() => fitHeadings(parseMarkdown(source), top, title), [source, top, title]);
  return <>{blocks.map(block)}</>;
}
