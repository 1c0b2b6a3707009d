/*! Strike Explainer frames: the host page's script for iframes of strike-explainer-frame.html
 * (see the README's "In an iframe, and on AMP pages"). For every such iframe on the page, now or
 * added later, it sets the iframe's height attribute to the height its page reports, and fires
 * the widget's strike-explainer-change event (bubbling, with the same detail) on the iframe.
 * A message counts only if it comes from that iframe's window and from the origin of its src, and
 * a height only if it is a number between 1 and 100000. It says hello to each frame (at start and
 * on each load) so the frame knows the page's origin and reports its height again; the hello
 * carries a shared link's choice from this page's address (our se- keys of its fragment), so an
 * article's link opens the frame's widget on the reader's choice. Including it twice is harmless.
 * It never throws into the page.
 */
(function () {
  'use strict';
  var PAGE = /strike-explainer-frame\.html$/;
  var MAX_HEIGHT = 100000;
  var w = window;
  var doc = document;

  // Included twice: the first copy watches the page already; look for new frames.
  if (w.StrikeExplainerFrames && typeof w.StrikeExplainerFrames.scan === 'function') {
    w.StrikeExplainerFrames.scan();
    return;
  }

  var greeted = new WeakSet();

  /** Our keys of this page's fragment (a shared link's choice: se-region=wales&se-role=pupil). */
  function link() {
    return w.location.hash
      .replace(/^#/, '')
      .split('&')
      .filter(function (part) {
        return /^se-[a-z]+=/.test(part);
      })
      .join('&');
  }

  /** The address of `frame`'s page when it is one of ours, else null. */
  function ours(frame) {
    try {
      var url = new URL(frame.getAttribute('src') || '', w.location.href);
      return /^https?:$/.test(url.protocol) && PAGE.test(url.pathname) ? url : null;
    } catch (e) {
      return null;
    }
  }

  function hello(frame) {
    var url = ours(frame);
    if (!url || !frame.contentWindow) return;
    try {
      frame.contentWindow.postMessage({ type: 'strike-explainer:hello', link: link() }, url.origin);
    } catch (e) {
      /* its window is gone */
    }
  }

  function adopt(frame) {
    if (greeted.has(frame) || !ours(frame)) return;
    greeted.add(frame);
    frame.addEventListener('load', function () {
      hello(frame);
    });
    hello(frame);
  }

  function scan(root) {
    root = root || doc;
    if (root.nodeName === 'IFRAME') adopt(root);
    if (!root.querySelectorAll) return;
    var found = root.querySelectorAll('iframe');
    for (var i = 0; i < found.length; i++) adopt(found[i]);
  }

  /** The iframe of ours whose window sent `event`, from the origin of its src; else null. */
  function sender(event) {
    if (!event.source) return null;
    var frames = doc.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var url = ours(frames[i]);
      return url && url.origin === event.origin ? frames[i] : null;
    }
    return null;
  }

  function onMessage(event) {
    var data = event.data;
    var type = data && typeof data === 'object' ? data.type : null;
    if (type !== 'strike-explainer:height' && type !== 'strike-explainer:change') return;
    var frame = sender(event);
    if (!frame) return;
    adopt(frame);
    if (type === 'strike-explainer:height') {
      var height = data.height;
      if (typeof height === 'number' && isFinite(height) && height > 0 && height < MAX_HEIGHT) {
        frame.setAttribute('height', String(Math.ceil(height)));
      }
    } else {
      frame.dispatchEvent(new CustomEvent('strike-explainer-change', { bubbles: true, detail: data.detail }));
    }
  }

  function guard(fn) {
    return function (arg) {
      try {
        fn(arg);
      } catch (e) {
        console.error('strike-explainer frames: ' + (e && e.message ? e.message : e));
      }
    };
  }

  w.addEventListener('message', guard(onMessage));
  if (typeof MutationObserver === 'function') {
    new MutationObserver(
      guard(function (records) {
        records.forEach(function (record) {
          for (var i = 0; i < record.addedNodes.length; i++) scan(record.addedNodes[i]);
          // A frame whose src changes to one of ours.
          if (record.type === 'attributes') scan(record.target);
        });
      })
    ).observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  }
  w.StrikeExplainerFrames = { scan: guard(scan) };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', guard(function () { scan(doc); }));
  scan(doc);
})();
