import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isSafeHref, Markdown, parseInline, parseMarkdown } from './markdown';

const html = (source: string, topLevel?: 2 | 3 | 4) => renderToStaticMarkup(<Markdown source={source} topLevel={topLevel} />);

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and lists, joining wrapped lines', () => {
    const blocks = parseMarkdown('# Charte\n\nPremière ligne\nsuite.\n\n## Cadeaux\n- un\n- deux\n  suite de deux\n\n3. trois\n4. quatre\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Charte' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Première ligne suite.' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Cadeaux' }] },
      { type: 'list', ordered: false, start: 1, items: [[{ type: 'text', text: 'un' }], [{ type: 'text', text: 'deux suite de deux' }]] },
      { type: 'list', ordered: true, start: 3, items: [[{ type: 'text', text: 'trois' }], [{ type: 'text', text: 'quatre' }]] },
    ]);
  });

  it('ends a list at a plain line, and a paragraph at a list or a heading', () => {
    expect(parseMarkdown('- a\nTexte\n## T\nUn\n* b').map((b) => b.type)).toEqual(['list', 'paragraph', 'heading', 'paragraph', 'list']);
  });

  it('starts a new list when bullets turn into numbers, and handles Windows line ends', () => {
    expect(parseMarkdown('- a\r\n1. b\r\n').map((b) => (b.type === 'list' ? b.ordered : null))).toEqual([false, true]);
  });

  it('needs a space after #, drops empty headings and closing #', () => {
    expect(parseMarkdown('#Titre')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: '#Titre' }] }]);
    expect(parseMarkdown('#\n## Titre ##')).toEqual([{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Titre' }] }]);
    expect(parseMarkdown('')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('reads strong, emphasis and code, nested', () => {
    expect(parseInline('trois valeurs : **loyauté**, *transparence* et __intégrité__ `73 €`')).toEqual([
      { type: 'text', text: 'trois valeurs : ' },
      { type: 'strong', children: [{ type: 'text', text: 'loyauté' }] },
      { type: 'text', text: ', ' },
      { type: 'em', children: [{ type: 'text', text: 'transparence' }] },
      { type: 'text', text: ' et ' },
      { type: 'strong', children: [{ type: 'text', text: 'intégrité' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: '73 €' },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      { type: 'em', children: [{ type: 'text', text: 'a ' }, { type: 'strong', children: [{ type: 'text', text: 'b' }] }, { type: 'text', text: ' c' }] },
    ]);
  });

  it('leaves unclosed marks, spaced stars, escapes and snake_case as typed', () => {
    expect(parseInline('**pas fermé')).toEqual([{ type: 'text', text: '**pas fermé' }]);
    expect(parseInline('2 * 3 * 4')).toEqual([{ type: 'text', text: '2 * 3 * 4' }]);
    expect(parseInline('\\*pas en italique\\*')).toEqual([{ type: 'text', text: '*pas en italique*' }]);
    expect(parseInline('nom_de_variable')).toEqual([{ type: 'text', text: 'nom_de_variable' }]);
  });

  it('makes links of web and e-mail addresses only', () => {
    expect(parseInline('[le site](https://www.centre-valdeloire.fr)')).toEqual([{ type: 'link', href: 'https://www.centre-valdeloire.fr', children: [{ type: 'text', text: 'le site' }] }]);
    expect(parseInline('[clic](javascript:alert(1))')).toEqual([{ type: 'text', text: '[clic](javascript:alert(1))' }]);
    expect(isSafeHref('mailto:deontologie@centrevaldeloire.fr')).toBe(true);
    expect(isSafeHref('JavaScript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,<script>')).toBe(false);
    expect(isSafeHref('/relative')).toBe(false);
  });
});

describe('Markdown', () => {
  it('renders elements, with "#" at the level asked for', () => {
    expect(html('# Charte\n\n## Cadeaux\n\nTexte **gras**.\n\n- un\n- deux\n\n2. b')).toBe(
      '<h2>Charte</h2><h3>Cadeaux</h3><p>Texte <strong>gras</strong>.</p><ul><li>un</li><li>deux</li></ul><ol start="2"><li>b</li></ol>',
    );
    expect(html('# A\n###### F', 3)).toBe('<h3>A</h3><h6>F</h6>');
  });

  it('shows HTML as text, never as markup', () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> **ok**');
    expect(out).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>&lt;img src=x onerror=alert(1)&gt; <strong>ok</strong></p>');
    expect(html('[x](https://exemple.fr/"onmouseover="alert(1))')).not.toContain('onmouseover="');
  });
});
