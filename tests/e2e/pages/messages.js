// Test instrumentation for the frame pages (an external script, so it runs under a strict CSP):
// records every message this window receives, with its origin and which iframe sent it (the
// iframe's id, or '?'), in window.__messages for tests/e2e/frame.mjs to read; and, as an AMP page
// would, the heights of AMP's embed-size messages each iframe sends, in window.__amp[id].
(function () {
  var messages = (window.__messages = []);
  var amp = (window.__amp = {});
  window.addEventListener('message', function (e) {
    var from = [].find.call(document.getElementsByTagName('iframe'), function (f) {
      return f.contentWindow === e.source;
    });
    var id = from ? from.id : '?';
    var data = e.data && typeof e.data === 'object' ? e.data : {};
    messages.push({ from: id, origin: e.origin, type: String(data.type), sentinel: data.sentinel, height: data.height, detail: data.detail });
    if (from && data.sentinel === 'amp' && data.type === 'embed-size') (amp[id] = amp[id] || []).push(data.height);
  });
})();
