import { describe, expect, it } from 'vitest';
import { buildEmbedSnippets } from '../../../src/lib/embed/embedSnippets.ts';

describe('buildEmbedSnippets', () => {
  const snippets = buildEmbedSnippets('https://maps.example.org/ca/?country=KAZ&type=summit&story=x&step=2&embed', 'Карта "ЦА – Россия"');

  it('links to the full map in the same state, without the mode parameters', () => {
    expect(snippets.link).toBe('https://maps.example.org/ca/?country=KAZ&type=summit');
  });

  it('gives an iframe of the embed view with an escaped accessible title', () => {
    expect(snippets.iframe).toContain('src="https://maps.example.org/ca/?embed&amp;country=KAZ&amp;type=summit"');
    expect(snippets.iframe).toContain('title="Карта &quot;ЦА – Россия&quot;"');
    expect(snippets.iframe).toContain('loading="lazy"');
  });

  it('gives the one-line embed: the query string in data-relations-map and the loader from the same origin', () => {
    expect(snippets.script).toBe(
      '<div data-relations-map="?country=KAZ&amp;type=summit"></div><script src="https://maps.example.org/ca/embed.js" async></script>',
    );
  });
});
