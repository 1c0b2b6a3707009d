/*! Strike Explainer loader (see the README's "Embedding" section).
 * The one script a host page includes. It has a stable name (cache it briefly); the wasm and JS
 * it loads are content-hashed (cache them for ever). It mounts a widget into every element with
 * `data-strike-explainer`, once each, fetching the wasm only when a placeholder comes within
 * about a screen of the viewport (unless the script or placeholder says data-load="eager").
 * Placeholders added later are mounted automatically. If anything fails, the placeholder keeps
 * its own fallback content. No cookies, and no requests but for the widget's own files.
 */
(function () {
  'use strict';
  var GLUE = '__GLUE__';
  var WASM = '__WASM__';
  var SELECTOR = '[data-strike-explainer]';
  var w = window;

  // Included twice: the first copy already watches the page; just look for new placeholders.
  if (w.StrikeExplainer && typeof w.StrikeExplainer.scan === 'function') {
    w.StrikeExplainer.scan();
    return;
  }

  var script = document.currentScript;
  var base = (script && script.src) || document.baseURI;
  var eagerAll = !!(script && script.getAttribute('data-load') === 'eager');
  var seen = typeof WeakSet === 'function' ? new WeakSet() : null;
  var loading = null;
  var observer = null;

  function load() {
    if (!loading) {
      // Tells the module not to mount placeholders by itself: this loader decides when.
      w.__strikeExplainerLoader = true;
      loading = import(new URL(GLUE, base).href).then(function (m) {
        return m.default({ module_or_path: new URL(WASM, base).href }).then(function () {
          return m;
        });
      });
    }
    return loading;
  }

  function mountNow(el) {
    load().then(
      function (m) {
        if (el.isConnected && !el.hasAttribute('data-se-mounted')) {
          try {
            m.mount(el, undefined);
          } catch (e) {
            console.error('strike-explainer: could not mount; keeping the fallback content.', e);
          }
        }
      },
      function (e) {
        console.error('strike-explainer: could not load; keeping the fallback content.', e);
      }
    );
  }

  function onVisible(entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        mountNow(entry.target);
      }
    });
  }

  function scan(root) {
    var found = (root || document).querySelectorAll(SELECTOR);
    for (var i = 0; i < found.length; i++) {
      var el = found[i];
      if (seen) {
        if (seen.has(el)) continue;
        seen.add(el);
      }
      if (eagerAll || el.getAttribute('data-load') === 'eager' || typeof IntersectionObserver !== 'function') {
        mountNow(el);
      } else {
        // "About a screen" ahead: a root margin of one viewport height below and above.
        observer = observer || new IntersectionObserver(onVisible, { rootMargin: '100% 0px' });
        observer.observe(el);
      }
    }
  }

  w.StrikeExplainer = {
    /** Mounts any placeholders not yet seen (also done automatically when they are added). */
    scan: function () {
      scan(document);
    },
    /** For hosts that build pages in JS: resolves to a handle with unmount(). */
    mount: function (element, options) {
      if (seen) seen.add(element);
      return load().then(function (m) {
        return m.mount(element, options);
      });
    },
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      scan(document);
    });
  }
  scan(document);
  if (typeof MutationObserver === 'function') {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j++) {
          var node = added[j];
          if (node.nodeType === 1 && (node.matches(SELECTOR) || node.querySelector(SELECTOR))) {
            scan(document);
            return;
          }
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
