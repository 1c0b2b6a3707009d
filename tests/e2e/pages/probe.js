// Test instrumentation for the host pages (an external script, so it runs under a strict CSP):
// records CSP violations, console errors and warnings, uncaught errors, layout shifts and the
// widget's change events in window.__probe for tests/e2e/embed.mjs to read.
(function () {
  var probe = (window.__probe = { violations: [], errors: [], warnings: [], cls: 0, clsSupported: false, events: [] });
  document.addEventListener('securitypolicyviolation', function (e) {
    probe.violations.push(e.violatedDirective + ' blocked ' + e.blockedURI);
  });
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var text = Array.prototype.map.call(arguments, String).join(' ');
      (level === 'error' ? probe.errors : probe.warnings).push(text);
      return original.apply(console, arguments);
    };
  });
  window.addEventListener('error', function (e) {
    probe.errors.push('uncaught: ' + e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    probe.errors.push('unhandled rejection: ' + e.reason);
  });
  document.addEventListener('strike-explainer-change', function (e) {
    probe.events.push((e.target.id || '?') + ' ' + JSON.stringify(e.detail));
  });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (!entry.hadRecentInput) probe.cls += entry.value;
      });
    }).observe({ type: 'layout-shift', buffered: true });
    probe.clsSupported = true;
  } catch (e) {
    // Firefox has no Layout Instability API; CLS is measured in Chromium.
  }
})();
