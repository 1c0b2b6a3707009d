/*! Strike Explainer loader (see the README's "Embedding" section).
 * The one script a host page includes. It has a stable name (cache it briefly); the wasm and JS
 * it loads are content-hashed (cache them for ever). It mounts a widget into every element with
 * `data-strike-explainer`, fetching the wasm only when a placeholder comes within about a screen
 * of the viewport (unless the script or placeholder says data-load="eager"), and for as long as
 * the page lives: placeholders added later are mounted, and a widget whose placeholder has left
 * the page for a couple of seconds is released. A failed load is retried with backoff. If anything
 * fails, the placeholder keeps its own fallback content.
 * No cookies, and no requests but for the widget's own files (the place search's index only when
 * a reader first uses the search).
 *
 * It never throws into the host page: every call that can fail is caught and reported once.
 */
(function () {
  'use strict';
  var GLUE = '__GLUE__';
  var WASM = '__WASM__';
  var PLACES = '__PLACES__';
  var SELECTOR = '[data-strike-explainer]';
  var MOUNTED = 'data-se-mounted';
  // Static facts in a placeholder (issue #22) stay within the reserved space while this loader
  // will mount it (WAITING), and show in full once it cannot (FALLBACK): strike-explainer.css.
  var WAITING = 'data-se-waiting';
  var FALLBACK = 'data-se-fallback';
  // How long a placeholder may be out of the page before its widget is released (it is checked
  // on two sweeps this far apart), so one moved within the page keeps its widget and state.
  var GRACE_MS = 1500;
  // Attempts to load that retry by themselves (see load()), and the longest wait between two.
  var MAX_ATTEMPTS = 5;
  var MAX_WAIT_MS = 300000;
  var w = window;
  var doc = document;

  // Included twice: the first copy already watches the page; just look for new placeholders.
  if (w.StrikeExplainer && typeof w.StrikeExplainer.scan === 'function') {
    try {
      w.StrikeExplainer.scan();
    } catch (e) {
      /* the first copy reports its own errors */
    }
    return;
  }

  var script = doc.currentScript;
  var ownUrl = (script && script.src) || urlFromStack();
  var eagerAll = !!(script && script.getAttribute('data-load') === 'eager');

  var imported = null; // the JS glue module, once imported (its wasm may not be running)
  var glue = null; // the same module, once its wasm is running
  var loading = null; // the load in flight, or done
  var attempts = 0; // failed attempts so far, plus the one under way
  var tried = 0; // attempts in the page's life (for a fresh module URL)
  var failedAt = 0;

  var queued = new Set(); // placeholders waiting for the bundle
  var watched = new Set(); // placeholders waiting to come near the viewport
  var claimed = new WeakSet(); // elements a host mounts itself through StrikeExplainer.mount
  var refused = new WeakSet(); // placeholders the wasm refused (said once, not tried again)
  var visibility = null; // the IntersectionObserver, while anything is watched
  var mutations = null; // the page-wide MutationObserver, while started
  var sweepTimer = 0;
  var stopped = false; // by stop(), until scan()

  /** The running script's URL from a fresh error's stack, where there is no currentScript (the
   * loader injected by a tag manager, or run through import()): the top frame is this file. */
  function urlFromStack() {
    try {
      var m = String(new Error().stack || '').match(/(https?:\/\/[^\s()@]+?):\d+:\d+/);
      return m ? m[1] : null;
    } catch (e) {
      return null;
    }
  }

  function folder(given) {
    return new URL(given.replace(/\/?$/, '/'), doc.baseURI).href;
  }

  /** Where the widget's files are: the script tag's data-base, else next to this loader. Only a
   * loader that cannot tell its own URL reads a placeholder's data-base, and only for the page's
   * own origin: article markup must not choose where code is loaded from. */
  function base() {
    var given = script && script.getAttribute('data-base');
    if (given) return folder(given);
    if (ownUrl) return ownUrl;
    var el = doc.querySelector(SELECTOR + '[data-base]');
    var fallback = el && folder(el.getAttribute('data-base'));
    if (fallback && new URL(fallback).origin === new URL(doc.baseURI).origin) return fallback;
    throw new Error(
      'strike-explainer: cannot tell where the widget\'s files are (the loader was not run from a script tag); ' +
        'add data-base="https://…/strike-explainer/" to the script tag (or, on this origin, to the placeholder)'
    );
  }

  function describe(e) {
    return e && e.message ? e.message : String(e);
  }

  /** The bundle, loading it if need be. A failed attempt is tried again, by itself while
   * placeholders wait for it, after 1, 2, 4 and 8 seconds; after MAX_ATTEMPTS only a new demand
   * (a placeholder, mount() or scan()) tries again, each wait twice the last, up to 5 minutes,
   * for the page's whole life. The console says once what failed, and once when it stops
   * retrying by itself. */
  function load() {
    if (loading) return loading;
    var attempt = ++attempts;
    var tries = ++tried;
    var wait = attempt === 1 ? 0 : Math.max(0, failedAt + Math.min(1000 * Math.pow(2, attempt - 2), MAX_WAIT_MS) - Date.now());
    // Tells the module not to mount placeholders by itself: this loader decides when.
    w.__strikeExplainerLoader = true;
    loading = new Promise(function (resolve) {
      setTimeout(resolve, wait);
    })
      .then(function () {
        var from = base();
        // A browser may remember a failed module for its URL: ask again under a fresh one.
        var module = imported ? Promise.resolve(imported) : import(new URL(GLUE, from).href + (tries > 1 ? '?try=' + tries : ''));
        return module.then(function (m) {
          imported = m;
          return m.default({ module_or_path: new URL(WASM, from).href }).then(function () {
            // Where the place search's index is: the wasm fetches it on a search's first use.
            // Optional: if this fails the search says so and the widget still loads.
            try {
              m.placesAt(new URL(PLACES, from).href);
            } catch (e) {
              console.error('strike-explainer: the place search will not work:', e);
            }
            // Only now is the wasm running: sweeps and stop() may call into it.
            glue = m;
            return m;
          });
        });
      })
      .then(
        function (m) {
          if (tries > 1) console.info('strike-explainer: loaded on attempt ' + tries + '.');
          flush(m);
          return m;
        },
        function (e) {
          loading = null;
          failedAt = Date.now();
          var error = e instanceof Error && /^strike-explainer:/.test(e.message) ? e : new Error('strike-explainer: could not load the widget (' + describe(e) + ')');
          if (attempt === 1) {
            console.error(error.message + '; keeping the fallback content and trying again.', e);
            // The fallback is what readers have for now: all of it.
            queued.forEach(function (el) {
              el.setAttribute(FALLBACK, '');
            });
          } else if (attempt === MAX_ATTEMPTS) {
            console.error('strike-explainer: gave up loading after ' + attempt + ' attempts; keeping the fallback content. A new placeholder, mount() or scan() tries again.');
          }
          if (attempt < MAX_ATTEMPTS) setTimeout(retry, 0);
          throw error;
        }
      );
    return loading;
  }

  function mountable(el) {
    // A copy of a mounted placeholder (cloned HTML, a restored snapshot) carries the attribute
    // but has no shadow root: it is not mounted.
    var mounted = el.hasAttribute(MOUNTED) && !!el.shadowRoot;
    return el.isConnected && !mounted && !claimed.has(el) && !refused.has(el);
  }

  /** Mounts every queued placeholder still in the page; the rest are dropped (a placeholder put
   * back later is found again). */
  function flush(m) {
    queued.forEach(function (el) {
      queued.delete(el);
      if (!mountable(el)) return;
      try {
        m.mount(el, undefined);
      } catch (e) {
        refused.add(el);
        el.setAttribute(FALLBACK, '');
        console.error('strike-explainer: could not mount; keeping the fallback content. ' + describe(e));
      }
    });
  }

  function want(el) {
    queued.add(el);
    retry();
  }

  /** Loads the bundle if placeholders wait for it; once loaded, load() mounts them. */
  function retry() {
    if (!queued.size) return;
    load().then(flush, function () {
      /* reported once by load(); the placeholders stay queued for the next attempt */
    });
  }

  function onVisible(entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      unwatch(entry.target);
      want(entry.target);
    });
  }

  function unwatch(el) {
    watched.delete(el);
    if (!visibility) return;
    visibility.unobserve(el);
    if (!watched.size) {
      visibility.disconnect();
      visibility = null;
    }
  }

  function consider(el) {
    if (!mountable(el) || queued.has(el) || watched.has(el)) return;
    if (!el.hasAttribute(FALLBACK)) el.setAttribute(WAITING, '');
    if (eagerAll || el.getAttribute('data-load') === 'eager' || typeof IntersectionObserver !== 'function') {
      want(el);
    } else {
      // "About a screen" ahead: a root margin of one viewport height below and above.
      visibility = visibility || new IntersectionObserver(onVisible, { rootMargin: '100% 0px' });
      watched.add(el);
      visibility.observe(el);
    }
  }

  /** Considers the placeholders in `root` and `root` itself. */
  function scanIn(root) {
    if (root.nodeType === 1 && root.matches(SELECTOR)) consider(root);
    var found = root.querySelectorAll(SELECTOR);
    for (var i = 0; i < found.length; i++) consider(found[i]);
  }

  /** Drops waiting placeholders that left the page, and releases widgets whose placeholders have
   * been out of it since the sweep before (the wasm keeps that mark). */
  function sweep() {
    sweepTimer = 0;
    watched.forEach(function (el) {
      if (!el.isConnected) unwatch(el);
    });
    queued.forEach(function (el) {
      if (!el.isConnected) queued.delete(el);
    });
    var waiting = 0;
    if (glue) {
      try {
        waiting = glue.releaseDetached();
      } catch (e) {
        console.error('strike-explainer: could not release a removed widget. ' + describe(e));
      }
    }
    if (waiting) scheduleSweep();
  }

  function scheduleSweep() {
    if (!sweepTimer) sweepTimer = setTimeout(sweep, GRACE_MS);
  }

  function onMutations(records) {
    var removed = false;
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) {
        // Only what was added is looked at, never the whole document again.
        if (added[j].nodeType === 1 && added[j].isConnected) scanIn(added[j]);
      }
      if (records[i].removedNodes.length) removed = true;
    }
    if (removed && (glue || queued.size || watched.size)) scheduleSweep();
  }

  function start() {
    if (mutations || typeof MutationObserver !== 'function') return;
    mutations = new MutationObserver(function (records) {
      try {
        onMutations(records);
      } catch (e) {
        console.error('strike-explainer: ' + describe(e));
      }
    });
    mutations.observe(doc.documentElement, { childList: true, subtree: true });
  }

  function scan() {
    stopped = false;
    start();
    scanIn(doc);
    retry();
  }

  /** The handle StrikeExplainer.mount resolves to. */
  function handle(m, id, element) {
    function unmount() {
      try {
        m.unmount(id);
      } catch (e) {
        console.error('strike-explainer: ' + describe(e));
      }
    }
    var h = { element: element, unmount: unmount, free: unmount };
    if (typeof Symbol === 'function' && Symbol.dispose) h[Symbol.dispose] = unmount;
    return h;
  }

  w.StrikeExplainer = {
    /** Mounts any placeholders not yet mounted, and watches the page again after stop(). */
    scan: function () {
      try {
        scan();
      } catch (e) {
        console.error('strike-explainer: ' + describe(e));
      }
    },
    /** For hosts that build pages in JS: resolves to a handle with unmount(), or rejects with a
     * TypeError naming the bad argument. Never throws. */
    mount: function (element, options) {
      try {
        if (element && typeof element === 'object') claimed.add(element);
      } catch (e) {
        /* not an object a WeakSet takes: the wasm names the problem */
      }
      return load().then(function (m) {
        var id = m.mount(element, options);
        return handle(m, id, element);
      });
    },
    /** Stops watching the page and removes every widget (each placeholder shows its fallback
     * content again). scan() starts again. */
    stop: function () {
      stopped = true;
      if (mutations) mutations.disconnect();
      mutations = null;
      watched.forEach(unwatch);
      queued.clear();
      clearTimeout(sweepTimer);
      sweepTimer = 0;
      if (glue) {
        try {
          glue.unmountAll();
        } catch (e) {
          console.error('strike-explainer: ' + describe(e));
        }
      }
    },
  };

  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', function () {
      // A host that called stop() before the page finished parsing meant it.
      if (!stopped) w.StrikeExplainer.scan();
    });
  }
  w.StrikeExplainer.scan();
})();
