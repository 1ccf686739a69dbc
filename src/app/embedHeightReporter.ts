/**
 * In the embed view, tells the host page how tall the content wants to be (public/embed.js
 * resizes the iframe to it). Only a height crosses the frame: nothing the reader does is sent.
 */
import { embedHeight, HEIGHT_MESSAGE_TYPE } from '../lib/embed/embedHeight.ts';

/** Starts reporting; `layout` is the embed grid, `flexibleRow` the map row that takes what is left. */
export function reportEmbedHeight(layout: HTMLElement, flexibleRow: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let lastSent = 0;
  const send = () => {
    const height = embedHeight(layout.scrollHeight, flexibleRow.offsetHeight, layout.clientWidth);
    if (height === lastSent) return;
    lastSent = height;
    layout.dataset.embedHeight = String(height);
    // The height says nothing about the reader, so any host may receive it.
    window.parent.postMessage({ type: HEIGHT_MESSAGE_TYPE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(layout);
  for (const child of layout.children) observer.observe(child);
  send();
  return () => observer.disconnect();
}
