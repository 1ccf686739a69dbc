/** Long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Points a download link at a fresh file just before the browser follows it. While the data the file
 * needs is still on its way (`file` gives null), the click is held, `whenReady` awaited and the link
 * clicked again; it resolves false when the data never came.
 */
export async function prepareDownload(click: MouseEvent, file: () => Blob | null, whenReady: () => Promise<unknown>): Promise<boolean> {
  const link = click.currentTarget as HTMLAnchorElement;
  const blob = file();
  if (blob) {
    const url = URL.createObjectURL(blob);
    link.href = url;
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    return true;
  }
  click.preventDefault();
  await whenReady();
  if (file() === null) return false;
  link.click();
  return true;
}
