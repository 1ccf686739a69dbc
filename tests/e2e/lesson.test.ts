import { deflateRawSync } from 'node:zlib';
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
const subjects = (page: Page) => page.locator('[data-lesson-step] .subject').allTextContents();
const search = (page: Page, name: string) => page.evaluate((key) => new URLSearchParams(location.search).get(key), name);
/** A lesson as a link would carry it (deflate-raw, base64url), made here as another browser would. */
const lessonCode = (lesson: unknown) => deflateRawSync(Buffer.from(JSON.stringify(lesson))).toString('base64url');

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

/** Drags a step by its handle with the mouse (pointer events) onto another step. */
async function dragStep(page: Page, from: number, to: number): Promise<void> {
  const handle = (await page.locator(`[data-lesson-step="${from}"] [data-lesson-handle]`).boundingBox())!;
  const target = (await page.locator(`[data-lesson-step="${to}"]`).boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, target.y + target.height / 2, { steps: 8 });
  await page.mouse.up();
}

describe('lessons written in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Two page loads: on a loaded machine each may take most of the default minute.
  it('authors a three-step lesson, presents it, and its link opens the same lesson in a fresh browser', { timeout: 120_000 }, async () => {
    const { page, pageErrors, cspViolations } = await openWatchedPage(browser);
    expect(await gotoApp(page, `/?event=${event.id}`)).toBe('ready');
    await authorThreeSteps(page);

    await page.locator('[data-lesson-copy]').click();
    const link = page.locator('.lesson-author textarea[readonly]');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(/\?lang=ru#lesson=[A-Za-z0-9_-]+$/);

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
    const alert = page.locator('.lesson-author [data-lesson-problems]');
    await expect.poll(() => alert.textContent()).toContain('Шаг 1, событие: неизвестное событие «no-such-event»');
    await page.locator('input[data-story-file]').setInputFiles({ name: 'not.json', mimeType: 'application/json', buffer: Buffer.from('{"id": ') });
    await expect.poll(() => alert.textContent()).toContain('not.json');
    expect(await page.locator('[data-lesson-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-lesson-step]').count()).toBe(3);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps a draft through a reload and lists it to reopen', { timeout: 120_000 }, async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await newLesson(page);
    const draft = page.locator('.lesson-author [data-lesson-draft]', { hasText: TITLE });
    await draft.waitFor();
    await draft.locator('button', { hasText: 'Открыть' }).click();
    expect(await page.locator('[data-lesson-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-lesson-step]').count()).toBe(3);
    expect(await page.locator('[data-lesson-step="1"] textarea').inputValue()).toBe(CAPTION);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('reorders steps by keyboard and by drag, saying where each went', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    const [first, second, third] = await subjects(page);
    await page.locator('[data-lesson-step="3"] [data-lesson-handle]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator('[data-lesson-announcement]').textContent()).toBe('Шаг 3 перемещён на место 2.');
    // The keyboard stays on the moved step, so a second press moves it on.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => subjects(page)).toEqual([third, first, second]);
    await dragStep(page, 1, 3);
    await expect.poll(() => subjects(page)).toEqual([first, second, third]);
    await expect.poll(() => page.locator('[data-lesson-announcement]').textContent()).toBe('Шаг 1 перемещён на место 3.');
    await page.locator('[data-lesson-step="3"] [data-lesson-remove]').click();
    await expect.poll(() => subjects(page)).toEqual([first, second]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a step on the map from the editor, and adds the current map view as a step', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    await page.locator('[data-lesson-step="2"] [data-lesson-preview]').click();
    await expect.poll(() => search(page, 'initiative')).toBe(firstInitiative.id);
    await page.locator('[data-lesson-step="1"] [data-lesson-preview]').click();
    await expect.poll(() => search(page, 'event')).toBe(event.id);
    expect(await page.locator('.lesson-author').isVisible()).toBe(true);
    expect(await page.locator('[data-story-step]').count()).toBe(0);

    await page.waitForFunction(() => document.querySelector('.relations-map')?.getAttribute('data-context') === 'ok');
    await page.locator('[data-lesson-add-view]').click();
    await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(4);
    expect(await page.locator('[data-lesson-step="4"] .subject').textContent()).toMatch(/вид карты: -?\d+(\.\d+)?°, -?\d+(\.\d+)?°, масштаб \d/);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('edits a shipped story, or the story being presented, as a new draft', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, '/');
    const story = dataset.stories[0];
    await page.locator('.stories summary').click();
    await page.locator(`[data-lesson-edit-story="${story.id}"]`).click();
    await expect.poll(() => page.locator('[data-lesson-title]').inputValue()).toBe(story.title.ru);
    expect(await page.locator('[data-lesson-step]').count()).toBe(story.steps.length);
    expect(await page.locator('[data-lesson-step="1"] textarea').inputValue()).toBe(story.steps[0].caption.ru);
    await page.locator('.lesson-author .head button').click();

    await page.locator('.stories summary').click();
    await page.locator('.stories button', { hasText: story.title.ru }).first().click();
    await expect.poll(() => stepMark(page)).toBe(`1/${story.steps.length}`);
    await page.locator('[data-lesson-edit-presented]').click();
    await expect.poll(() => page.locator('[data-story-step]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(story.steps.length);
    expect(await page.locator('[data-lesson-title]').inputValue()).toBe(story.title.ru);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('lists the drafts in the Stories menu after a reload, to reopen or remove', { timeout: 120_000 }, async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await page.locator('.stories summary').click();
    const listed = page.locator('[data-menu-drafts] [data-lesson-draft]', { hasText: TITLE });
    await listed.waitFor();
    await listed.locator('[data-draft-open]').click();
    await expect.poll(() => page.locator('[data-lesson-title]').inputValue()).toBe(TITLE);
    expect(await page.locator('[data-lesson-step]').count()).toBe(3);
    await page.locator('.lesson-author .head button').click();
    await page.locator('.stories summary').click();
    await listed.locator('[data-draft-remove]').click();
    await expect.poll(() => listed.count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    await page.locator('.stories summary').click();
    expect(await page.locator('[data-menu-drafts] [data-lesson-draft]', { hasText: TITLE }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('refuses a broken lesson link or file in the interface language, naming the step, field and unknown id', { timeout: 120_000 }, async () => {
    const broken = { id: 'broken', title: { en: 'Broken' }, steps: [{ initiative: firstInitiative.id, caption: { en: 'ok' } }, { event: 'no-such-event', caption: { en: 'x' } }] };
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?lang=kk#lesson=${lessonCode(broken)}`);
    const notice = page.locator('[data-lesson-link-problem]');
    await expect.poll(() => notice.textContent()).toContain('2-қадам, оқиға: белгісіз оқиға «no-such-event»');
    expect(await notice.locator('..').getAttribute('role')).toBe('alert');

    await gotoApp(page, '/?lang=en');
    await page.locator('.stories summary').click();
    await page.locator('[data-lesson-new]').click();
    await page.locator('input[data-story-file]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.locator('.lesson-author [data-lesson-problems]');
    await expect.poll(() => alert.textContent()).toContain('Step 2, event: unknown event “no-such-event”. (steps[1].event)');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('puts the interface language in a copied link, which opens the lesson in that language', { timeout: 120_000 }, async () => {
    const { page } = await openWatchedPage(browser);
    await gotoApp(page, `/?lang=en&event=${event.id}`);
    await page.locator('.stories summary').click();
    await page.locator('[data-lesson-new]').click();
    await page.locator('[data-lesson-title]').fill('English lesson');
    await page.locator('[data-lesson-add-event]').click();
    await page.locator('[data-lesson-copy]').click();
    const url = await page.locator('.lesson-author textarea[readonly]').inputValue();
    expect(url).toMatch(/\?lang=en#lesson=/);
    await page.context().close();
    const fresh = await openWatchedPage(browser);
    // A page opened straight into a presentation is watched for its slide, not for the ready signal.
    await fresh.page.goto(url);
    await fresh.page.locator('[data-story-step]').waitFor({ timeout: 30_000 });
    expect(await stepMark(fresh.page)).toBe('1/1');
    expect(await fresh.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await fresh.page.context().close();
  });

  it('says so when the lesson reaches 100 steps instead of ignoring the next one', async () => {
    const { page } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await newLesson(page);
    const full = { id: 'full', title: { ru: 'Сто шагов' }, steps: Array.from({ length: 100 }, (_, index) => ({ event: event.id, caption: { ru: `Шаг ${index + 1}` } })) };
    await page.locator('input[data-story-file]').setInputFiles({ name: 'full.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(full)) });
    await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(100);
    await page.locator('[data-lesson-add-event]').click();
    await expect.poll(() => page.locator('[data-lesson-limit]').textContent()).toContain('В уроке уже 100 шагов');
    expect(await page.locator('[data-lesson-step]').count()).toBe(100);
    await page.context().close();
  });

  it('prints the lesson as a handout: its steps in order with captions, dates, places and sources', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?event=${event.id}`);
    await authorThreeSteps(page);
    // What the print dialog would see: the sheet must have drawn every step's map before it opens.
    await page.evaluate(() => {
      window.print = () => {
        document.documentElement.dataset.printedMaps = String(document.querySelectorAll('[data-lesson-handout] svg.step-locator').length);
      };
    });
    await page.locator('[data-lesson-print]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printedMaps)).toBe('3');
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-lesson-handout]');
    await sheet.waitFor({ state: 'visible' });
    expect(await sheet.locator('h1').textContent()).toBe(TITLE);
    expect(await sheet.locator('[data-handout-step]').count()).toBe(3);
    const first = sheet.locator('[data-handout-step="1"]');
    expect(await first.locator('.caption').textContent()).toBe(CAPTION);
    expect(await first.locator('time').getAttribute('datetime')).toBe(event.date);
    const firstSource = event.sources[0];
    expect(await first.locator('.sources').textContent()).toContain(firstSource.publisher);
    expect(await first.locator('.sources').textContent()).toContain(firstSource.url.replace(/^https?:\/\//, '').replace(/^www\./, ''));
    expect(await sheet.locator('[data-handout-step="2"] .meta').textContent()).toContain(firstInitiative.name.ru);
    expect(await first.locator('svg.step-locator').getAttribute('aria-label')).toContain(event.place.name.ru);
    expect(await first.locator('svg.step-locator text.place').textContent()).toBe(event.place.name.ru);
    expect(await sheet.locator('[data-handout-step="2"] svg.step-locator path').count()).toBeGreaterThan(10);
    expect(await page.locator('.lesson-author').isVisible()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => sheet.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
