/**
 * `npm run screenshots`: pictures of the production build for the README (desktop, phone, embed,
 * presentation), taken in Chromium once each view says it is ready.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests/screenshots');

const SHOTS = [
  { name: 'desktop', path: '/', width: 1280, height: 800 },
  { name: 'detail-en', path: '/?lang=en&event=2025-10-09-dushanbe-tokayev-summit-speech', width: 1280, height: 800 },
  { name: 'phone', path: '/?country=UZB', width: 390, height: 844 },
  { name: 'embed', path: '/?embed&country=KAZ', width: 640, height: 520 },
  { name: 'presentation', path: '/?story=astana-2022-to-dushanbe-2025&step=3', width: 1920, height: 1080 },
  { name: 'wide', path: '/', width: 1920, height: 1080 },
  { name: 'phone-320', path: '/', width: 320, height: 640 },
  { name: 'phone-table', path: '/?view=table&country=KGZ', width: 390, height: 844 },
  { name: 'relations', path: '/?lang=en&view=relations&compare=KAZ,UZB', width: 1440, height: 900 },
  { name: 'about', path: '/?lang=en&view=about', width: 1440, height: 900 },
];

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(join(ROOT, 'dist'));
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, locale: 'ru-RU', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${server.url}${shot.path}`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 60_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(OUT, `${shot.name}.png`) });
    console.log(`screenshots: ${shot.name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
