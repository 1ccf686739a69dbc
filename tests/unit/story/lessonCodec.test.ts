import { describe, expect, it } from 'vitest';
import {
  decodeLesson,
  encodeLesson,
  lessonCodeFromFragment,
  lessonFragment,
  MAX_COMPRESSED_BYTES,
  MAX_QR_URL_CHARS,
  parseLessonJson,
  tooLongForQr,
} from '../../../src/lib/story/lessonCodec.ts';
import { problemPath, validateLesson } from '../../../src/lib/story/validateLesson.ts';

const events = new Set(['2022-10-14-astana-first-ca-russia-summit', '2025-10-09-dushanbe-ca-russia-summit']);
const initiatives = new Set(['ca-russia-summits']);

const lesson = {
  id: 'summits-lesson',
  title: { ru: 'Саммиты «Центральная Азия – Россия»', en: 'Central Asia – Russia summits', kk: 'Орталық Азия – Ресей саммиттері: қөңғұүәі' },
  steps: [
    { event: '2022-10-14-astana-first-ca-russia-summit', caption: { ru: 'Астана, 2022 — первый саммит', en: 'Astana, 2022', kk: 'Астана, 2022 — бірінші саммит' } },
    { initiative: 'ca-russia-summits', caption: { ru: 'Формат саммитов', en: 'The summit format' } },
    { event: '2025-10-09-dushanbe-ca-russia-summit', caption: { ru: 'Душанбе, 2025', en: 'Dushanbe, 2025' }, view: { lon: 68.8, lat: 38.6, zoom: 5 } },
  ],
};

/** Text that does not compress: every character drawn from a wide range. */
function noise(length: number, seed = 1): string {
  let state = seed;
  let text = '';
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(0x400 + ((state >>> 16) % 0x100));
  }
  return text;
}

describe('encodeLesson and decodeLesson', () => {
  it('give back the same lesson, Cyrillic and Kazakh letters included', async () => {
    const encoded = await encodeLesson(lesson);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeLesson(encoded.value);
    expect(decoded).toEqual({ ok: true, value: lesson });
  });

  it('make a three-step lesson short enough for a QR code', async () => {
    const encoded = await encodeLesson(lesson);
    if (!encoded.ok) throw new Error('not encoded');
    const url = `https://example.org/map/#${lessonFragment(encoded.value)}`;
    expect(tooLongForQr(url)).toBe(false);
  });

  it('refuse a lesson whose compressed form is over the size limit, saying how large it is', async () => {
    const huge = { ...lesson, steps: Array.from({ length: 40 }, (_, index) => ({ event: lesson.steps[0].event, caption: { ru: noise(600, index + 1), en: 'x' } })) };
    const encoded = await encodeLesson(huge);
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.error.kind).toBe('too-large');
    expect(encoded.error).toMatchObject({ limit: MAX_COMPRESSED_BYTES });
  });

  it('refuse an over-long code before decompressing it', async () => {
    expect(await decodeLesson('A'.repeat(MAX_COMPRESSED_BYTES * 2))).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('return a typed error for characters outside base64url', async () => {
    expect(await decodeLesson('abc$%^')).toEqual({ ok: false, error: { kind: 'not-base64' } });
    expect(await decodeLesson('')).toEqual({ ok: false, error: { kind: 'not-base64' } });
  });

  it('return a typed error for base64url that is not deflate data', async () => {
    expect(await decodeLesson('_____________________w')).toEqual({ ok: false, error: { kind: 'not-deflate' } });
  });

  it('return a typed error for a truncated code', async () => {
    const encoded = await encodeLesson(lesson);
    if (!encoded.ok) throw new Error('not encoded');
    const result = await decodeLesson(encoded.value.slice(0, Math.floor(encoded.value.length / 2)));
    expect(result.ok).toBe(false);
  });

  it('return a typed error for compressed text that is not JSON', async () => {
    const encoded = await encodeLesson('placeholder');
    if (!encoded.ok) throw new Error('not encoded');
    // A JSON string decodes to a string: valid JSON, but validateLesson refuses its shape.
    const decoded = await decodeLesson(encoded.value);
    expect(decoded).toEqual({ ok: true, value: 'placeholder' });
    expect(validateLesson('placeholder', events, initiatives).ok).toBe(false);
  });
});

describe('parseLessonJson', () => {
  it('names the JSON error of a broken file', () => {
    expect(parseLessonJson('{"id": ')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
  });
});

describe('lessonCodeFromFragment', () => {
  it('reads the code of a #lesson= fragment and nothing else', () => {
    expect(lessonCodeFromFragment('#lesson=abc_-1')).toBe('abc_-1');
    expect(lessonCodeFromFragment('#other=1')).toBeNull();
    expect(lessonCodeFromFragment('')).toBeNull();
  });
});

describe('tooLongForQr', () => {
  it('says a link is too long for a QR code past the limit', () => {
    expect(tooLongForQr('x'.repeat(MAX_QR_URL_CHARS))).toBe(false);
    expect(tooLongForQr('x'.repeat(MAX_QR_URL_CHARS + 1))).toBe(true);
  });
});

describe('validateLesson', () => {
  it('accepts a well-formed lesson with known ids', () => {
    expect(validateLesson(lesson, events, initiatives)).toEqual({ ok: true, lesson });
  });

  it('names the step and field of an unknown event', () => {
    const broken = { ...lesson, steps: [lesson.steps[0], lesson.steps[1], { event: 'no-such-event', caption: { en: 'x' } }] };
    const check = validateLesson(broken, events, initiatives);
    expect(check).toEqual({ ok: false, problems: [{ kind: 'unknown-event', step: 2, got: 'no-such-event' }] });
    if (!check.ok) expect(problemPath(check.problems[0])).toBe('steps[2].event');
  });

  it('refuses a step with both or neither of event and initiative, and a wrong view', () => {
    const broken = { ...lesson, steps: [{ caption: { en: 'x' } }, { event: lesson.steps[0].event, initiative: 'ca-russia-summits', caption: { en: 'y' } }, { ...lesson.steps[2], view: { lon: 500, lat: 0, zoom: 3 } }] };
    const check = validateLesson(broken, events, initiatives);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems).toEqual([
      { kind: 'step-subject', step: 0 },
      { kind: 'step-subject', step: 1 },
      { kind: 'view-out-of-range', step: 2, field: 'lon', min: -180, max: 180 },
    ]);
    expect(check.problems.map(problemPath)).toEqual(['steps[0]', 'steps[1]', 'steps[2].view.lon']);
  });

  it('refuses wrong shapes with a message naming the field', () => {
    expect(validateLesson([], events, initiatives)).toMatchObject({ ok: false });
    const check = validateLesson({ id: 'Not A Slug', title: 'text', steps: [] }, events, initiatives);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map(problemPath)).toEqual(['id', 'title', 'steps']);
  });

  it('refuses control characters and over-long captions', () => {
    const broken = { ...lesson, steps: [{ event: lesson.steps[0].event, caption: { en: 'a\u202eb', ru: 'x'.repeat(5000) } }] };
    const check = validateLesson(broken, events, initiatives);
    expect(check).toEqual({
      ok: false,
      problems: [
        { kind: 'text-too-long', field: 'caption', step: 0, lang: 'ru', max: 1000 },
        { kind: 'text-control', field: 'caption', step: 0, lang: 'en' },
      ],
    });
  });

  it('fills the missing Russian or English of a lesson written in one language', () => {
    const kazakhOnly = { id: 'kk-lesson', title: { kk: 'Сабақ' }, steps: [{ event: lesson.steps[0].event, caption: { kk: 'Қадам' } }] };
    expect(validateLesson(kazakhOnly, events, initiatives)).toEqual({
      ok: true,
      lesson: { id: 'kk-lesson', title: { ru: 'Сабақ', en: 'Сабақ', kk: 'Сабақ' }, steps: [{ event: lesson.steps[0].event, caption: { ru: 'Қадам', en: 'Қадам', kk: 'Қадам' } }] },
    });
  });

  it('copies only known fields, so a file cannot smuggle others in', () => {
    const hostile = JSON.parse('{"id":"x","title":{"en":"t"},"__proto__":{"polluted":true},"steps":[{"event":"2022-10-14-astana-first-ca-russia-summit","caption":{"en":"c"},"extra":"<script>"}]}');
    const check = validateLesson(hostile, events, initiatives);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(Object.keys(check.lesson)).toEqual(['id', 'title', 'steps']);
    expect(Object.keys(check.lesson.steps[0])).toEqual(['event', 'caption']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
