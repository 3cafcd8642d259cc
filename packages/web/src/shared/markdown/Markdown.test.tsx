import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

describe('Markdown', () => {
  it('renders elements, never the text as HTML', () => {
    const { container } = render(
      <Markdown
        top={3}
        title="Charte"
        source={'# Charte\n\nTexte **gras** et *penché* <img src=x onerror="alert(1)"><script>alert(2)</script>\n\n## Section\n- un [lien](javascript:void)\n- deux [loi](https://www.legifrance.gouv.fr)\n\n3. trois'}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('p')!.textContent).toContain('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(container.querySelector('strong')!.textContent).toBe('gras');
    expect(container.querySelector('em')!.textContent).toBe('penché');
    // The repeated title is left out; "##" sits under the page's h2.
    expect([...container.querySelectorAll('h1, h2, h3, h4')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual(['H3 Section']);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://www.legifrance.gouv.fr']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.querySelector('ul')!.textContent).toContain('un lien');
    expect(container.querySelector('ol')!.getAttribute('start')).toBe('3');
  });
});
