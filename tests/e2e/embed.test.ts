import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { serveHostSite, type HostSite } from './support/staticServer.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const HEIGHT_MESSAGE = 'relations-map:height';

describe('the embed view and the one-line embed', () => {
  let browser: Browser;
  let article: HostSite;
  beforeAll(async () => {
    browser = await launchBrowser();
    article = await serveHostSite(join(import.meta.dirname, 'fixtures'), new URL(baseUrl()).origin);
  });
  afterAll(async () => {
    await article?.close();
    await browser?.close();
  });

  /** The article with the one-line embed, once the map inside the iframe is ready and has sized it. */
  async function openArticle(width = 900): Promise<{ page: Page; frame: Frame; pageErrors: string[]; foreign: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const foreign: string[] = [];
    const allowed = [article.origin, new URL(baseUrl()).origin];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob):/.test(url) && !allowed.includes(new URL(url).origin)) foreign.push(url);
    });
    await page.goto(`${article.origin}/article.html`);
    const iframe = page.locator('[data-relations-map] iframe');
    await iframe.waitFor();
    const frame = (await iframe.elementHandle())!.contentFrame();
    const mapFrame = (await frame)!;
    await mapFrame.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-relations-map] iframe')!.style.height !== '480px');
    return { page, frame: mapFrame, pageErrors, foreign };
  }

  const frameHeight = (page: Page) => page.evaluate(() => document.querySelector<HTMLIFrameElement>('[data-relations-map] iframe')!.getBoundingClientRect().height);
  const askedHeight = (frame: Frame) => frame.evaluate(() => Number(document.querySelector<HTMLElement>('.layout')!.dataset.embedHeight));

  it('inserts an accessible, lazy, borderless iframe of the embed view with the attribute’s parameters', async () => {
    const { page, frame, pageErrors, foreign } = await openArticle();
    const attributes = await page.locator('[data-relations-map] iframe').evaluate((iframe: HTMLIFrameElement) => ({
      src: iframe.src,
      title: iframe.title,
      loading: iframe.getAttribute('loading'),
      width: iframe.getBoundingClientRect().width,
      hostWidth: iframe.parentElement!.getBoundingClientRect().width,
      border: getComputedStyle(iframe).borderTopWidth,
    }));
    expect(attributes.src).toBe(`${baseUrl()}/?embed&country=KAZ`);
    expect(attributes.title).toMatch(/Map of Central Asia – Russia relations/);
    expect(attributes.loading).toBe('lazy');
    expect(attributes.width).toBe(attributes.hostWidth);
    expect(attributes.border).toBe('0px');
    // The embed view: map, timeline and the compact filters, already filtered to Kazakhstan.
    expect(await frame.locator('.embed-bar select').first().inputValue()).toBe('KAZ');
    expect(await frame.locator('.map-area').isVisible()).toBe(true);
    expect(await frame.locator('.timeline-area').isVisible()).toBe(true);
    expect(await frame.locator('.list-area').isVisible()).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('sizes the iframe to the content the map asks for, with no scrollbar inside, and follows a change of width', async () => {
    const { page, frame } = await openArticle(900);
    const asked = await askedHeight(frame);
    expect(await frameHeight(page)).toBe(asked);
    const inside = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(inside.scroll).toBeLessThanOrEqual(inside.client);
    expect(inside.scrollWidth).toBeLessThanOrEqual(inside.clientWidth);

    await page.setViewportSize({ width: 360, height: 900 });
    await page.waitForFunction((before) => document.querySelector<HTMLIFrameElement>('[data-relations-map] iframe')!.getBoundingClientRect().height !== before, asked);
    const narrow = await frameHeight(page);
    expect(narrow).toBeLessThan(asked);
    expect(narrow).toBe(await askedHeight(frame));
    await page.context().close();
  });

  it('ignores height messages from another origin, another window or of the wrong shape', async () => {
    const { page, frame } = await openArticle();
    const before = await frameHeight(page);
    // From the article itself (another origin than the map's).
    await page.evaluate((type) => window.postMessage({ type, height: 1234 }, '*'), HEIGHT_MESSAGE);
    // From the map's origin but not from the map's iframe.
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.id = 'stranger';
      document.body.append(other);
    }, `${baseUrl()}/favicon.svg`);
    const stranger = (await (await page.$('#stranger'))!.contentFrame())!;
    await stranger.waitForLoadState();
    await stranger.evaluate((type) => parent.postMessage({ type, height: 1234 }, '*'), HEIGHT_MESSAGE);
    // From the map's iframe, but malformed.
    for (const data of [{ type: 'other', height: 1234 }, { type: HEIGHT_MESSAGE, height: '1234' }, { type: HEIGHT_MESSAGE, height: 99_999 }, { type: HEIGHT_MESSAGE, height: Number.NaN }, 'relations-map:height 1234']) {
      await frame.evaluate((message) => parent.postMessage(message, '*'), data);
    }
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
    // The channel itself works: a well-formed message from the map's iframe is applied.
    await frame.evaluate((type) => parent.postMessage({ type, height: 1234 }, '*'), HEIGHT_MESSAGE);
    await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-relations-map] iframe')!.getBoundingClientRect().height === 1234);
    await page.context().close();
  });

  for (const width of [320, 1200]) {
    it(`fits a ${width} px wide iframe with no scrollbar and links to the full map in the same state`, async () => {
      const { page, pageErrors, foreignRequests } = await openWatchedPage(browser, { viewport: { width, height: 560 } });
      expect(await gotoApp(page, '/?embed&country=KAZ&type=summit&lang=en')).toBe('ready');
      const overflow = await page.evaluate(() => ({
        vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        horizontal: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(overflow).toEqual({ vertical: 0, horizontal: 0 });
      const link = page.getByRole('link', { name: /Open the full map/ });
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('href')).toBe(`${baseUrl()}/?type=summit&country=KAZ&lang=en`);
      // Choosing another country in the compact filter updates the view and the link.
      await page.getByLabel('Country').selectOption('UZB');
      await expect.poll(() => link.getAttribute('href')).toBe(`${baseUrl()}/?type=summit&country=UZB&lang=en`);
      const box = await link.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(pageErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of [360, 960]) {
    it(`opens an event below the map at ${width} px: the frame grows to show it, nothing scrolls inside, the map stays in view`, async () => {
      const { page, frame, pageErrors } = await openArticle(width);
      const before = await frameHeight(page);
      // Opened the way Back/Forward or a link would: the event goes into the address.
      const eventId = shippedDataset().events.find((event) => event.participants.includes('KAZ'))!.id;
      await frame.evaluate((id) => {
        const url = new URL(location.href);
        url.searchParams.set('event', id);
        history.pushState(null, '', url);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, eventId);
      const panel = frame.locator('.embed-detail aside.detail');
      await panel.waitFor();
      await page.waitForFunction((height) => document.querySelector<HTMLIFrameElement>('[data-relations-map] iframe')!.getBoundingClientRect().height > height, before);
      await page.waitForTimeout(300);
      const inside = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        client: document.documentElement.clientHeight,
        panelScroll: document.querySelector('aside.detail')!.scrollHeight - document.querySelector('aside.detail')!.clientHeight,
        position: getComputedStyle(document.querySelector('aside.detail')!).position,
      }));
      expect(inside.position).toBe('static');
      expect(inside.scroll).toBeLessThanOrEqual(inside.client + 1);
      expect(inside.panelScroll).toBeLessThanOrEqual(1);
      expect(await frame.locator('.map-area').isVisible()).toBe(true);
      const mapBox = await frame.locator('.map-area').boundingBox();
      expect(mapBox!.height).toBeGreaterThanOrEqual(200);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('offers the relations tab in a 360 px embed: the grid fills the room (years scroll, pairs stay), the tabs switch views', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser, { viewport: { width: 360, height: 600 } });
    expect(await gotoApp(page, '/?embed&view=relations&lang=en')).toBe('ready');
    const tabs = page.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['Map', 'Table', 'Relations']);
    expect(await page.getByRole('tab', { name: 'Relations' }).getAttribute('aria-selected')).toBe('true');
    const cells = page.locator('#view-panel-relations td[data-pair]');
    await cells.first().waitFor();
    expect(await cells.count()).toBe(5 * (new Date().getFullYear() - 2000 + 1));
    // Nothing overflows the page; the grid's years scroll inside it while the pair names stay put.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const scroller = page.locator('#view-panel-relations .scroller');
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const pairName = page.getByRole('button', { name: 'Russia–Kazakhstan', exact: true });
    // The latest years show first.
    const latest = page.locator(`#view-panel-relations td[data-pair="KAZ"][data-year="${new Date().getFullYear()}"]`);
    const latestBox = (await latest.boundingBox())!;
    expect(latestBox.x + latestBox.width).toBeLessThanOrEqual(360);
    const before = { pair: (await pairName.boundingBox())!.x, cell: latestBox.x };
    await scroller.evaluate((element) => element.scrollBy(-200, 0));
    await page.waitForTimeout(100);
    expect((await latest.boundingBox())!.x).toBeGreaterThan(before.cell + 150);
    // Sticky at the scroller's edge: it gives up only the table's 2 px border spacing.
    expect(Math.abs((await pairName.boundingBox())!.x - before.pair)).toBeLessThanOrEqual(2);
    // The grid shows at once: no timeline beside it, and its first row is in view.
    expect(await page.locator('.timeline-area').isVisible()).toBe(false);
    const firstCell = (await cells.first().boundingBox())!;
    expect(firstCell.y + firstCell.height).toBeLessThanOrEqual(600);
    // The full map's link keeps the view.
    expect(await page.getByRole('link', { name: /Open the full map/ }).getAttribute('href')).toContain('view=relations');
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect.poll(() => page.locator('.map-area').getAttribute('inert')).toBeNull();
    expect(await page.locator('#view-panel-relations').count()).toBe(0);
    await page.getByRole('tab', { name: 'Map' }).press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('#view-panel-relations td[data-pair]').first().waitFor();
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it("gives the relations tab's view to the share dialog's embed code", async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?view=relations&compare=KAZ,UZB&lang=en')).toBe('ready');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    const [iframe, script] = await Promise.all([1, 2].map((index) => dialog.locator('textarea').nth(index).inputValue()));
    const src = new URL(/src="([^"]+)"/.exec(iframe)![1].replace(/&amp;/g, '&'));
    expect(src.searchParams.has('embed')).toBe(true);
    expect(src.searchParams.get('view')).toBe('relations');
    expect(src.searchParams.get('compare')).toBe('KAZ,UZB');
    expect(script).toContain('view=relations');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
