// Test instrumentation for the stress and soak pages: counts the page's pending long timers (10 s
// or more, such as a widget's wait for UK midnight), so a test can tell whether unmounted widgets
// leave timers behind. Loaded before the widget's loader.
(function () {
  var pending = new Map();
  var setTimeout = window.setTimeout;
  var clearTimeout = window.clearTimeout;
  window.setTimeout = function (fn, ms) {
    var args = Array.prototype.slice.call(arguments, 2);
    var id = setTimeout.call(window, function () {
      pending.delete(id);
      if (typeof fn === 'function') fn.apply(window, args);
    }, ms);
    pending.set(id, Number(ms) || 0);
    return id;
  };
  window.clearTimeout = function (id) {
    pending.delete(id);
    return clearTimeout.call(window, id);
  };
  window.__longTimers = function () {
    var n = 0;
    pending.forEach(function (ms) {
      if (ms >= 10000) n += 1;
    });
    return n;
  };
})();
