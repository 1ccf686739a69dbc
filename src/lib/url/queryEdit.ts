/** Small edits of a query string that keep every other part exactly as it was. */

/** The query string without the given parameters, as `?a=b` or '' (flags stay bare: `?embed`). */
export function withoutParams(search: string, names: readonly string[]): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !names.includes(safeDecode(part.split('=')[0])));
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
