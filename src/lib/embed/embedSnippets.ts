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
  /** The embedded view's address (the iframe's src), for a preview. */
  preview: string;
}

const MODE_PARAMS = ['embed', 'present', 'story', 'step'];
/** The embed's own words (title, description, notes, source): set in the dialog, not taken from the page. */
const CAPTION_PARAMS = ['title', 'desc', 'notes', 'source'] as const;

export interface EmbedOptions {
  /** The header and footer the journalist writes. */
  caption?: Partial<Record<(typeof CAPTION_PARAMS)[number], string>>;
  /** The iframe's width: a number of pixels, or '100%' (the default) to fill the article's column. */
  width?: number | '100%';
  /** The fixed iframe's height in pixels (the one-line embed sizes itself). */
  height?: number;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `pageUrl`: the page's address (location.href); `title`: the iframe's accessible name. */
export function buildEmbedSnippets(pageUrl: string, title: string, options: EmbedOptions = {}): EmbedSnippets {
  const url = new URL(pageUrl);
  const viewQuery = withoutParams(url.search, [...MODE_PARAMS, ...CAPTION_PARAMS]);
  const captionPairs = CAPTION_PARAMS.filter((name) => (options.caption?.[name] ?? '').trim() !== '').map(
    (name) => `${name}=${encodeURIComponent(options.caption![name]!.trim())}`,
  );
  const stateQuery = captionPairs.length === 0 ? viewQuery : `${viewQuery === '' ? '?' : `${viewQuery}&`}${captionPairs.join('&')}`;
  const width = options.width ?? '100%';
  const height = options.height ?? 560;
  // Not url.origin: a page opened from a file has the origin "null".
  const base = url.href.replace(/[?#].*$/, '');
  const embedQuery = stateQuery === '' ? '?embed' : `?embed&${stateQuery.slice(1)}`;
  const scriptUrl = new URL('embed.js', base).href;
  return {
    link: `${base}${viewQuery}`,
    iframe: `<iframe src="${escapeAttribute(base + embedQuery)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    script: `<div data-relations-map="${escapeAttribute(stateQuery)}"></div><script src="${escapeAttribute(scriptUrl)}" async></script>`,
    preview: base + embedQuery,
  };
}
