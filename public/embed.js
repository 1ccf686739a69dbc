/*
 * One-line embed of the Central Asia – Russia relations map. Paste:
 *   <div data-relations-map="?country=KAZ"></div><script src="https://HOST/embed.js" async></script>
 * Each [data-relations-map] element gets an iframe of the map's embed view with that query string;
 * the iframe's height follows its content through postMessage, accepted only from that iframe.
 * Plain ES2017 with no dependencies, so any article page can load it.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appBase = new URL('./', script.src);
  var appOrigin = appBase.origin;
  var MESSAGE_TYPE = 'relations-map:height';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;
  var frames = [];

  function embedQuery(attribute) {
    var parts = String(attribute || '')
      .replace(/^\?/, '')
      .split('&')
      .filter(function (part) {
        return part !== '' && part.split('=')[0] !== 'embed';
      });
    return '?' + ['embed'].concat(parts).join('&');
  }

  function mount(host) {
    host.setAttribute('data-relations-map-mounted', '');
    var frame = document.createElement('iframe');
    frame.src = appBase.href + embedQuery(host.getAttribute('data-relations-map'));
    frame.title = host.getAttribute('data-title') || 'Карта отношений Центральной Азии и России / Map of Central Asia – Russia relations';
    frame.loading = 'lazy';
    frame.setAttribute('loading', 'lazy');
    frame.style.cssText = 'display:block;width:100%;height:480px;border:0;';
    host.appendChild(frame);
    frames.push(frame);
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-relations-map]:not([data-relations-map-mounted])');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  mountAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
})();
