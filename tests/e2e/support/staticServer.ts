/**
 * A tiny static server on another port (so another origin) for pages that host the app the way an
 * article or a school site would. `{{APP_ORIGIN}}` in a served file is replaced by the app's origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

export interface HostSite {
  origin: string;
  close(): Promise<void>;
}

export async function serveHostSite(folder: string, appOrigin: string): Promise<HostSite> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const text = await readFile(join(folder, path), 'utf8');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(text.replaceAll('{{APP_ORIGIN}}', appOrigin));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the host site has no port');
  return {
    // Another port is another origin: the browser keeps the article and the app apart.
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
