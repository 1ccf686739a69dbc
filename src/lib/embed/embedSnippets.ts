/**
 * What the Share dialog offers for the current view: the link, an iframe and the one-line script.
 * The embedded view is the same query string with `embed` added, served by the same origin.
 */
import { withoutParams } from '../url/queryEdit.ts';

export interface EmbedSnippets {
  /** The full map in this state. */
  link: string;
  /** A fixed-height iframe for sites that strip scripts. */
  iframe: string;
  /** The one-line embed: a div holding the query string and the loader script. */
  script: string;
}

const MODE_PARAMS = ['embed', 'present', 'story', 'step'];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `pageUrl`: the page's address (location.href); `title`: the iframe's accessible name. */
export function buildEmbedSnippets(pageUrl: string, title: string): EmbedSnippets {
  const url = new URL(pageUrl);
  const stateQuery = withoutParams(url.search, MODE_PARAMS);
  // Not url.origin: a page opened from a file has the origin "null".
  const base = url.href.replace(/[?#].*$/, '');
  const embedQuery = stateQuery === '' ? '?embed' : `?embed&${stateQuery.slice(1)}`;
  const scriptUrl = new URL('embed.js', base).href;
  return {
    link: `${base}${stateQuery}`,
    iframe: `<iframe src="${escapeAttribute(base + embedQuery)}" title="${escapeAttribute(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`,
    script: `<div data-relations-map="${escapeAttribute(stateQuery)}"></div><script src="${escapeAttribute(scriptUrl)}" async></script>`,
  };
}
