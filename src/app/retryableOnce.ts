/**
 * A download many callers may ask for: one request at a time, its answer kept once it succeeds,
 * and a fresh request on the next call after a failure (the reader's retry).
 */
export function retryableOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let request: Promise<T> | null = null;
  return () =>
    (request ??= load().catch((error: unknown) => {
      request = null;
      throw error;
    }));
}
