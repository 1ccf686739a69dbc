/**
 * The URL parameters that choose how the page is shown rather than what it shows:
 * `embed` (compact view for an iframe), `present` (present the current selection),
 * `story=<id>&step=<n>` (a story, step counted from 1 as the audience sees it).
 * The filter parameters are handled by the URL state module; these only need reading at start
 * and removing when a link leaves the mode.
 */
export interface ViewModeParams {
  embed: boolean;
  present: boolean;
  story: string | null;
  /** Zero-based step index (the URL says 1 for the first step); 0 when absent or invalid. */
  stepIndex: number;
}

const STORY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseViewMode(search: string): ViewModeParams {
  const params = new URLSearchParams(search);
  const storyParam = params.get('story');
  const step = Number.parseInt(params.get('step') ?? '', 10);
  return {
    embed: params.has('embed'),
    present: params.has('present'),
    story: storyParam !== null && STORY_ID.test(storyParam) ? storyParam : null,
    stepIndex: Number.isFinite(step) && step >= 1 ? step - 1 : 0,
  };
}

/** The query string without the given parameters, as `?a=b` or '' (flags stay bare: `?embed`). */
export function withoutParams(search: string, names: readonly string[]): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !names.includes(decodeURIComponent(part.split('=')[0])));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

/** The query string with `name=value` set (or a bare flag when value is null), other parts untouched. */
export function withParam(search: string, name: string, value: string | null): string {
  const rest = withoutParams(search, [name]).replace(/^\?/, '');
  const part = value === null ? name : `${name}=${encodeURIComponent(value)}`;
  return `?${rest === '' ? part : `${rest}&${part}`}`;
}
