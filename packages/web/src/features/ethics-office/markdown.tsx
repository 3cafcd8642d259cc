import { Fragment, type ReactNode } from 'react';

/**
 * A small, safe Markdown reader for the ethics charter: headings, paragraphs, bulleted and numbered
 * lists, strong and emphasis, inline code and links (http, https and mailto only). The text becomes
 * React elements, never HTML: whatever the officer types (tags, scripts, attributes) shows as text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const CONTINUATION = /^(?: {2,}|\t)(\S.*)$/;

/** The blocks of a Markdown text; a list item's indented next lines belong to it. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map(parseInline) });
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flushParagraph();
      flushList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      // An empty heading would be an empty landmark for screen readers: it is dropped.
      if (heading[2]?.trim()) blocks.push({ type: 'heading', level: heading[1]!.length, children: parseInline(heading[2].trim()) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = !!numbered;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push((bullet ? bullet[1] : numbered![2])!.trim());
      continue;
    }
    const continuation = list ? CONTINUATION.exec(line) : null;
    if (list && continuation) {
      const items = list.items;
      items[items.length - 1] = `${items[items.length - 1]} ${continuation[1]!.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

const SAFE_LINK = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i;

/** Whether a link target may be followed: the web and e-mail, nothing that runs code. */
export function isSafeHref(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}

const PUNCTUATION = /[\\`*_[\]()#+\-.!{}>~|]/;
const WORD = /[\p{L}\p{N}]/u;

/** Strong, emphasis, code and links; an unclosed mark stays as typed. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ type: 'text', text: plain });
    plain = '';
  };
  const push = (node: Inline) => {
    flush();
    out.push(node);
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];

    if (c === '\\' && next !== undefined && PUNCTUATION.test(next)) {
      plain += next;
      i += 2;
      continue;
    }

    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        push({ type: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }

    if (c === '[') {
      const link = /^\[([^\]]+)\]\(([^()\s]+)\)/.exec(text.slice(i));
      if (link && isSafeHref(link[2]!)) {
        push({ type: 'link', href: link[2]!.trim(), children: parseInline(link[1]!) });
        i += link[0].length;
        continue;
      }
    }

    if ((c === '*' || c === '_') && canOpen(text, i)) {
      const double = next === c;
      const mark = double ? c + c : c;
      const end = closing(text, i + mark.length, mark);
      if (end !== -1) {
        push({ type: double ? 'strong' : 'em', children: parseInline(text.slice(i + mark.length, end)) });
        i = end + mark.length;
        continue;
      }
    }

    plain += c;
    i += 1;
  }
  flush();
  return out;
}

/** A mark opens before a non-space; an underscore never inside a word (snake_case stays). */
function canOpen(text: string, at: number): boolean {
  const mark = text[at]!;
  const after = text[text[at + 1] === mark ? at + 2 : at + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return mark !== '_' || at === 0 || !WORD.test(text[at - 1]!);
}

/** Where the mark closes: a run of exactly its length after a non-space; an underscore at a word's end. */
function closing(text: string, from: number, mark: string): number {
  const char = mark[0]!;
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (text[j] !== char) continue;
    let run = 1;
    while (text[j + run] === char) run += 1;
    const after = text[j + run];
    const fits = run === mark.length && j > from && !/\s/.test(text[j - 1]!) && (char !== '_' || after === undefined || !WORD.test(after));
    if (fits) return j;
    j += run - 1;
  }
  return -1;
}

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'link':
        return (
          <a key={i} href={node.href} rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * A Markdown text as React elements. `topLevel` is the HTML level of a "#" heading (2 under the
 * page's title, 3 inside a section), so that the page's outline stays in order.
 */
export function Markdown({ source, topLevel = 2 }: { source: string; topLevel?: 2 | 3 | 4 }) {
  return (
    <>
      {parseMarkdown(source).map((block, i) => {
        if (block.type === 'heading') {
          const Tag = `h${Math.min(6, topLevel + block.level - 1)}` as HeadingTag;
          return <Tag key={i}>{renderInline(block.children)}</Tag>;
        }
        if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
        return block.ordered ? (
          <ol key={i} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      })}
    </>
  );
}
