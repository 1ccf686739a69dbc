// The TimelineJS baseline of the cold-load benchmark: Knight Lab's TimelineJS 3, served from
// node_modules beside this page, showing the same events as the app (events.json, made by
// buildTimelineJsPage.ts). Ready when TimelineJS fires `loaded`: its slides and its time
// navigator's markers are in the page, so a reader can click through the events.
const data = await fetch('./events.json').then((response) => response.json());
const timeline = new window.TL.Timeline('timeline', data, {
  // The locale from this server, never Knight Lab's CDN; no font theme (the default one loads
  // PT Sans from Google Fonts), so TimelineJS draws with its stylesheet's fallback fonts.
  script_path: new URL('./js/', location.href).href,
  language: 'ru',
  font: null,
  hash_bookmark: false,
});
timeline.on('loaded', () => {
  performance.mark('timeline-ready');
  performance.mark('app-ready');
  document.documentElement.dataset.markers = String(document.querySelectorAll('.tl-timemarker').length);
  document.documentElement.dataset.state = 'ready';
});
