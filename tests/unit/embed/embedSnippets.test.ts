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

  it("carries the journalist's title, description, notes and source in the embed's address, not in the full map's link", () => {
    const withCaption = buildEmbedSnippets('https://maps.example.org/ca/?country=KAZ&title=old', 'Map', {
      caption: { title: 'Россия и Казахстан', desc: '', notes: 'Data: the project', source: 'Kremlin' },
      width: 600,
      height: 700,
    });
    expect(withCaption.link).toBe('https://maps.example.org/ca/?country=KAZ');
    expect(withCaption.preview).toBe(
      'https://maps.example.org/ca/?embed&country=KAZ&title=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F%20%D0%B8%20%D0%9A%D0%B0%D0%B7%D0%B0%D1%85%D1%81%D1%82%D0%B0%D0%BD&notes=Data%3A%20the%20project&source=Kremlin',
    );
    expect(withCaption.iframe).toContain('width="600" height="700"');
    expect(withCaption.script).toContain('data-relations-map="?country=KAZ&amp;title=');
  });
});
