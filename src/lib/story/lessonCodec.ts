/**
 * A lesson (a story a teacher wrote, in the shape of data/stories/*.json) as a short string for a
 * link's fragment and back: JSON → deflate-raw (CompressionStream) → base64url. Decoding never
 * throws: corrupt, oversized or foreign input comes back as a typed error. What the decoded object
 * holds is checked by validateLesson.ts, not here.
 */

/** Compressed bytes refused beyond this: no lesson needs more, and a link that long breaks in mail and chat. */
export const MAX_COMPRESSED_BYTES = 8 * 1024;
/** Text after decompression refused beyond this (a small input must not inflate into megabytes). */
export const MAX_JSON_CHARS = 256 * 1024;
/**
 * Longest address a phone camera reads reliably from a projected QR code (a version-25-ish code at
 * medium error correction holds about 1,270 bytes; beyond that the modules get too small to scan).
 */
export const MAX_QR_URL_CHARS = 1200;

export type LessonCodecError =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-base64' }
  | { kind: 'not-deflate' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'unsupported' };

export type CodecResult<T> = { ok: true; value: T } | { ok: false; error: LessonCodecError };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode takes its arguments on the stack: pass them in slices.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

function compressionAvailable(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** The lesson as a base64url string (refused when its compressed form is over MAX_COMPRESSED_BYTES). */
export async function encodeLesson(lesson: unknown): Promise<CodecResult<string>> {
  if (!compressionAvailable()) return { ok: false, error: { kind: 'unsupported' } };
  const json = new TextEncoder().encode(JSON.stringify(lesson));
  const compressed = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  if (compressed === null || compressed.byteLength > MAX_COMPRESSED_BYTES) {
    return { ok: false, error: { kind: 'too-large', bytes: compressed?.byteLength ?? Infinity, limit: MAX_COMPRESSED_BYTES } };
  }
  return { ok: true, value: toBase64Url(compressed) };
}

/** The parsed JSON a code holds (unchecked: pass it to validateLesson). */
export async function decodeLesson(code: string): Promise<CodecResult<unknown>> {
  if (!compressionAvailable()) return { ok: false, error: { kind: 'unsupported' } };
  // Four base64 characters carry three bytes.
  const approximateBytes = Math.floor((code.length * 3) / 4);
  if (approximateBytes > MAX_COMPRESSED_BYTES) return { ok: false, error: { kind: 'too-large', bytes: approximateBytes, limit: MAX_COMPRESSED_BYTES } };
  const bytes = fromBase64Url(code);
  if (bytes === null || bytes.byteLength === 0) return { ok: false, error: { kind: 'not-base64' } };
  let inflated: Uint8Array | null;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_CHARS * 4);
  } catch {
    return { ok: false, error: { kind: 'not-deflate' } };
  }
  if (inflated === null) return { ok: false, error: { kind: 'too-large', bytes: MAX_JSON_CHARS * 4, limit: MAX_JSON_CHARS * 4 } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, error: { kind: 'not-deflate' } };
  }
  return parseLessonJson(text);
}

/** JSON text (a link's payload or a lesson file) parsed, or a typed error. */
export function parseLessonJson(text: string): CodecResult<unknown> {
  if (text.length > MAX_JSON_CHARS) return { ok: false, error: { kind: 'too-large', bytes: text.length, limit: MAX_JSON_CHARS } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
}

/** The fragment a lesson link carries (without "#"). */
export function lessonFragment(code: string): string {
  return `lesson=${code}`;
}

/** The code in a `#lesson=<code>` fragment, or null when the fragment holds no lesson. */
export function lessonCodeFromFragment(hash: string): string | null {
  const match = /^#?lesson=([^&]*)/.exec(hash);
  return match ? match[1] : null;
}

/** Whether a link of this length is too long to scan from a QR code (offer the file instead). */
export function tooLongForQr(url: string): boolean {
  return url.length > MAX_QR_URL_CHARS;
}
