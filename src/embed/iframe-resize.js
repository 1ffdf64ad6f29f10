/*
 * poverty-atlas iframe embed, for the page around it: each atlas iframe on
 * this page takes the height of its content (the atlas posts it whenever it
 * changes, e.g. when the detail panel opens). Load it once per page, from
 * where the atlas is served (the share dialog writes the full address):
 *   <script src="/atlas/embed/iframe-resize.js" async></script>
 * A file rather than an inline script, so pages with a strict CSP can use it.
 */
(function () {
  if (window.__povertyAtlasResize) return;
  window.__povertyAtlasResize = true;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'poverty-atlas:height' || !(d.height > 0 && d.height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + 'px';
    }
  });
})();
