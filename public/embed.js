/*
 * Compact Atlas embeds, optional host script: sizes every <iframe data-compact-atlas> to the height
 * its embed reports ({ type: 'compact-atlas:height', height, id } through postMessage). Include it
 * once per page: <script async src="https://YOUR-ATLAS/embed.js"></script>. See docs/embedding.md.
 */
(function () {
  'use strict';
  if (window.__compactAtlasEmbeds) return;
  window.__compactAtlasEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'compact-atlas:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-compact-atlas]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Only the embed's own site may resize its frame.
      try {
        if (new URL(frame.src, location.href).origin !== event.origin) return;
      } catch {
        return;
      }
      var height = Math.max(40, Math.min(Math.ceil(data.height), 20000));
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
})();
