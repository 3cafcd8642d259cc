import { describe, expect, it } from 'vitest';
import { type Block, fitHeadings, parseInline, parseMarkdown, plainText, safeHref } from './markdown';

const text = (t: string) => ({ kind: 'text', text: t });

describe('parseMarkdown', () => {
  it('reads headings, paragraphs (lines flow together) and both kinds of lists', () => {
    const blocks = parseMarkdown(
      ['# Charte', '', 'Première ligne', 'suite de la phrase.', '', '## Cadeaux', '- un', '- deux', '  suite', '', '1. premier', '2) second', '', '***'].join('\n'),
    );
    expect(blocks).toEqual<Block[]>([
      { kind: 'heading', level: 1, children: [text('Charte')] as never },
      { kind: 'paragraph', children: [text('Première ligne suite de la phrase.')] as never },
      { kind: 'heading', level: 2, children: [text('Cadeaux')] as never },
      { kind: 'list', ordered: false, start: 1, items: [[text('un')], [text('deux suite')]] as never },
      { kind: 'list', ordered: true, start: 1, items: [[text('premier')], [text('second')]] as never },
      { kind: 'rule' },
    ]);
  });

  it('lets a heading or a list interrupt a paragraph, and reads quotes and closing hashes', () => {
    const blocks = parseMarkdown('Texte\n## Titre ##\n> cité\n> encore\n\n3. trois');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'quote', 'list']);
    expect(blocks[1]).toEqual({ kind: 'heading', level: 2, children: [text('Titre')] });
    expect(blocks[2]).toEqual({ kind: 'quote', blocks: [{ kind: 'paragraph', children: [text('cité encore')] }] });
    expect(blocks[3]).toMatchObject({ ordered: true, start: 3 });
  });

  it('reads Windows line ends and ignores a hash without a space as a heading', () => {
    expect(parseMarkdown('#hashtag\r\nligne')).toEqual([{ kind: 'paragraph', children: [text('#hashtag ligne')] }]);
  });

  it('keeps raw HTML as text', () => {
    const blocks = parseMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(blocks).toEqual([
      { kind: 'paragraph', children: [text('<script>alert(1)</script>')] },
      { kind: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] },
    ]);
  });

  it('reads the demo charter', () => {
    const blocks = parseMarkdown(
      '# Charte de déontologie des fournisseurs\n\nLa Région partage trois valeurs : **loyauté**, **transparence** et **intégrité**.\n\n## Cadeaux et invitations\nLes cadeaux de très faible valeur sont tolérés.\n',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [
        text('La Région partage trois valeurs : '),
        { kind: 'strong', children: [text('loyauté')] },
        text(', '),
        { kind: 'strong', children: [text('transparence')] },
        text(' et '),
        { kind: 'strong', children: [text('intégrité')] },
        text('.'),
      ],
    });
  });
});

describe('parseInline', () => {
  it('reads emphasis, strong, nested and code', () => {
    expect(parseInline('*a **b** c* et `x*y*`')).toEqual([
      { kind: 'em', children: [text('a '), { kind: 'strong', children: [text('b')] }, text(' c')] },
      text(' et '),
      { kind: 'code', text: 'x*y*' },
    ]);
    expect(parseInline('__gras__ et _italique_')).toEqual([{ kind: 'strong', children: [text('gras')] }, text(' et '), { kind: 'em', children: [text('italique')] }]);
  });

  it('leaves lone or spaced delimiters, snake_case and escapes as text', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([text('2 * 3 * 4')]);
    expect(parseInline('un_nom_de_variable')).toEqual([text('un_nom_de_variable')]);
    expect(parseInline('\\*pas en italique\\*')).toEqual([text('*pas en italique*')]);
    expect(parseInline('**ouvert')).toEqual([text('**ouvert')]);
  });

  it('keeps safe links only: an unsafe address leaves the words', () => {
    expect(parseInline('[la loi](https://www.legifrance.gouv.fr/x)')).toEqual([{ kind: 'link', href: 'https://www.legifrance.gouv.fr/x', children: [text('la loi')] }]);
    expect(parseInline('[clic](javascript:alert(1))')).toEqual([text('[clic](javascript:alert(1))')]);
    expect(parseInline('[clic](javascript:void)')).toEqual([text('clic')]);
    expect(parseInline('[data](data:text/html,x)')).toEqual([text('data')]);
  });

  it('turns two trailing spaces or a backslash into a line break', () => {
    expect(parseInline('a  \nb\\\nc')).toEqual([text('a'), { kind: 'break' }, text('b'), { kind: 'break' }, text('c')]);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org', 'https://example.org'],
    ['mailto:deontologue@example.org', 'mailto:deontologue@example.org'],
    ['/deontologie/declarations', '/deontologie/declarations'],
    ['#cadeaux', '#cadeaux'],
    ['//evil.example', null],
    ['JavaScript:alert(1)', null],
    ['vbscript:x', null],
  ])('%s → %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});

describe('fitHeadings', () => {
  const doc = parseMarkdown('# Charte\n\nIntro\n\n## A\n\n### B');
  it('drops a first heading repeating the title and lifts the rest under the page headings', () => {
    const fitted = fitHeadings(doc, 3, ' charte ');
    expect(fitted.map((b) => (b.kind === 'heading' ? `h${b.level} ${plainText(b.children)}` : b.kind))).toEqual(['paragraph', 'h3 A', 'h4 B']);
  });
  it('keeps a different first heading, and never goes beyond h6', () => {
    expect(fitHeadings(doc, 5, 'Autre').flatMap((b) => (b.kind === 'heading' ? [b.level] : []))).toEqual([5, 6, 6]);
  });
});
