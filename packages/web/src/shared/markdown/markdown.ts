/**
 * The small part of Markdown a charter needs — headings, paragraphs, lists, quotes, rules,
 * emphasis, code and links — parsed into a tree that React renders as elements. Nothing is ever
 * turned into HTML: raw tags in the text stay text, and a link keeps only a safe address.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const BLANK = /^[ \t]*$/;

const startsBlock = (line: string) => HEADING.test(line) || RULE.test(line) || BULLET.test(line) || ORDERED.test(line) || QUOTE.test(line);

/** Markdown text → blocks. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, children: parseInline(heading[2] ?? '') });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) quoted.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ kind: 'quote', blocks: parseMarkdown(quoted.join('\n')) });
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered || BULLET.test(line)) {
      const pattern = ordered ? ORDERED : BULLET;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const item = pattern.exec(current);
        if (item) {
          items.push([item[ordered ? 2 : 1]!]);
        } else if (!BLANK.test(current) && !startsBlock(current)) {
          // A continuation of the item above (indented, or lazily not).
          items[items.length - 1]!.push(current.trim());
        } else {
          break;
        }
        i++;
      }
      blocks.push({ kind: 'list', ordered: !!ordered, start: ordered ? Number(ordered[1]) : 1, items: items.map((parts) => parseInline(parts.join('\n'))) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && !BLANK.test(lines[i]!) && (paragraph.length === 0 || !startsBlock(lines[i]!))) paragraph.push(lines[i++]!);
    blocks.push({ kind: 'paragraph', children: parseInline(paragraph.map((l) => l.replace(/^[ \t]+/, '')).join('\n')) });
  }
  return blocks;
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

/** Only web, mail and same-site addresses: never `javascript:` or `data:`. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (/^(\/(?!\/)|#)/.test(href)) return href;
  return null;
}

/** The closing delimiter of an emphasis opened at `from`, or -1. */
function closing(text: string, from: number, delimiter: string): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j]!;
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', j + 1);
      if (end > 0) j = end;
      continue;
    }
    if (!text.startsWith(delimiter, j)) {
      // Inside single emphasis, a double delimiter belongs to a nested strong: skip it whole.
      if (delimiter.length === 1 && (c === '*' || c === '_') && text[j + 1] === c) j++;
      continue;
    }
    if (delimiter.length === 1 && text[j + 1] === delimiter) {
      j++;
      continue;
    }
    const before = text[j - 1]!;
    if (j === from || /\s/.test(before)) continue;
    // "snake_case_words" are not emphasis.
    if (delimiter[0] === '_' && WORD.test(text[j + delimiter.length] ?? '')) continue;
    return j;
  }
  return -1;
}

/** Inline Markdown → inline nodes (text stays text: no HTML is recognised). */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && text[i + 1] === '\n') {
      flush();
      out.push({ kind: 'break' });
      i += 2;
      continue;
    }
    if (c === '\\' && PUNCTUATION.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '\n') {
      // Two spaces before a line end force a break; otherwise the lines flow as one.
      if (/ {2,}$/.test(buffer)) {
        buffer = buffer.replace(/ +$/, '');
        flush();
        out.push({ kind: 'break' });
      } else {
        buffer = buffer.replace(/ +$/, '') + ' ';
      }
      i++;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const double = text[i + 1] === c;
      const delimiter = double ? c + c : c;
      const next = text[i + delimiter.length] ?? '';
      const opens = next !== '' && !/\s/.test(next) && !(c === '_' && WORD.test(text[i - 1] ?? ''));
      const end = opens ? closing(text, i + delimiter.length, delimiter) : -1;
      if (end > 0) {
        flush();
        const children = parseInline(text.slice(i + delimiter.length, end));
        out.push(double ? { kind: 'strong', children } : { kind: 'em', children });
        i = end + delimiter.length;
        continue;
      }
      buffer += delimiter;
      i += delimiter.length;
      continue;
    }
    if (c === '[') {
      const link = /^\[([^\]\n]+)\]\(\s*([^\s()]+)\s*\)/.exec(text.slice(i));
      if (link) {
        flush();
        const children = parseInline(link[1]!);
        const href = safeHref(link[2]!);
        if (href) out.push({ kind: 'link', href, children });
        else out.push(...children);
        i += link[0].length;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

/** The words of inline nodes, without their marks. */
export function plainText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : n.kind === 'break' ? ' ' : plainText(n.children))).join('');
}

/**
 * Ready to show under a page's own headings: a first heading that repeats `title` is dropped, and
 * the remaining headings are moved so that the highest one becomes `top` (never beyond h6).
 */
export function fitHeadings(blocks: readonly Block[], top: number, title?: string): Block[] {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const first = blocks[0];
  const rest = first?.kind === 'heading' && title !== undefined && norm(plainText(first.children)) === norm(title) ? blocks.slice(1) : [...blocks];
  const levels = rest.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  if (!levels.length) return rest;
  const shift = top - Math.min(...levels);
  return rest.map((b) => (b.kind === 'heading' ? { ...b, level: Math.min(6, Math.max(1, b.level + shift)) } : b));
}
