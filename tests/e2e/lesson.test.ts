import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const dataset = shippedDataset();
const event = dataset.events[dataset.events.length - 1];
const [firstInitiative, secondInitiative] = dataset.initiatives;
const TITLE = 'Урок: саммиты и коридоры';
const CAPTION = 'Первый шаг — саммит. Қазақша: сәлем!';

const stepMark = (page: Page) => page.locator('[data-story-step]').getAttribute('data-story-step');

/** Opens the editor from the Stories menu on a new lesson. */
async function newLesson(page: Page): Promise<void> {
  await page.locator('.stories summary').click();
  await page.locator('[data-lesson-new]').click();
  await page.locator('.lesson-author').waitFor();
}

/** Writes a three-step lesson: the open event, then two initiatives. */
async function authorThreeSteps(page: Page): Promise<void> {
  await newLesson(page);
  await page.locator('[data-lesson-title]').fill(TITLE);
  await page.locator('[data-lesson-add-event]').click();
  for (const initiative of [firstInitiative, secondInitiative]) {
    await page.locator('.lesson-author select').selectOption(initiative.id);
    await page.locator('.lesson-author button', { hasText: /Добавить инициативу/ }).click();
  }
  await page.locator('[data-lesson-step="1"] textarea').fill(CAPTION);
  await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(3);
}

describe('lessons written in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('authors a three-step lesson, presents it, and its link opens the same lesson in a fresh browser', async () => {
    const { page, pageErrors, cspViolations } = await openWatchedPage(browser);
    expect(await gotoApp(page, `/?event=${event.id}`)).toBe('ready');
    await authorThreeSteps(page);

    await page.locator('[data-lesson-copy]').click();
    const link = page.locator('.lesson-author textarea[readonly]');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/#lesson=[A-Za-z0-9_-]+$/);

    await page.locator('[data-lesson-present]').click();
    await expect.poll(() => stepMark(page)).toBe('1/3');
    expect((await page.locator('.presenter .caption').textContent())?.trim()).toBe(CAPTION);
    expect((await page.locator('.presenter .story-title').textContent())?.trim()).toBe(TITLE);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => stepMark(page)).toBe('2/3');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('initiative'))).toBe(firstInitiative.id);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();

    const fresh = await openWatchedPage(browser);
    expect(await gotoApp(fresh.page, url.slice(baseUrl().replace(/\/$/, '').length))).toBe('ready');
    await expect.poll(() => stepMark(fresh.page)).toBe('1/3');
    expect((await fresh.page.locator('.presenter .caption').textContent())?.trim()).toBe(CAPTION);
    expect((await fresh.page.locator('.presenter .story-title').textContent())?.trim()).toBe(TITLE);
    await fresh.page.keyboard.press('End');
    await expect.poll(() => stepMark(fresh.page)).toBe('3/3');
    expect(fresh.pageErrors).toEqual([]);
    await fresh.page.context().close();
  });

  it('refuses a broken lesson file with an alert naming what is wrong, and keeps the lesson being written', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    const broken = { id: 'broken', title: { en: '<img src=x onerror=alert(1)>' }, steps: [{ event: 'no-such-event', caption: { en: 'x' } }] };
    await page.locator('input[data-story-file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.locator('.lesson-author [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('steps[0].event: unknown event no-such-event');
    await page.locator('input[data-story-file]').setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
    await expect.poll(() => alert.textContent()).toContain('not.json');
    expect(await page.locator('[data-lesson-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-lesson-step]').count()).toBe(3);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps a draft through a reload and lists it to reopen', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await newLesson(page);
    const draft = page.locator('[data-lesson-draft]', { hasText: TITLE });
    await draft.waitFor();
    await draft.locator('button', { hasText: 'Открыть' }).click();
    expect(await page.locator('[data-lesson-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-lesson-step]').count()).toBe(3);
    expect(await page.locator('[data-lesson-step="1"] textarea').inputValue()).toBe(CAPTION);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
