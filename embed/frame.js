/*! Strike Explainer frame page (see the README's "In an iframe, and on AMP pages").
 * Builds the one placeholder of strike-explainer-frame.html from the page's query parameters
 * (each option as its data-* attribute, passed on as given: the widget warns about and ignores
 * a bad value), and, when the page is in a frame, tells the parent page:
 *   its height, whenever it changes (at most once per animation frame), both as AMP's
 *     {sentinel: 'amp', type: 'embed-size', height} and as {type: 'strike-explainer:height',
 *     height}, to any origin (a height says nothing about the reader);
 *   the widget's strike-explainer-change event, as {type: 'strike-explainer:change', detail},
 *     only to the parent's origin: the one its hello came from (strike-explainer-frames.js), else
 *     location.ancestorOrigins[0], else the referrer's; never to '*'.
 * It listens only to its parent window ({type: 'strike-explainer:hello', link}: learn the
 * parent's origin, drop the scroll bar while the frame shows the whole page, report the
 * height again, and, where the parent page was opened by a shared link (`link`: our se- keys of
 * its fragment) and this page was not, start the widget from that link). It never throws into
 * the page.
 */
(function () {
  'use strict';
  var OPTIONS = ['dispute', 'src', 'region', 'council', 'role', 'lang', 'theme', 'today', 'replay', 'heading', 'share'];
  var w = window;
  var doc = document;
  var root = doc.documentElement;
  var parent = w.parent;
  var framed = parent && parent !== w;
  var helloFrom = null; // the parent's origin, from its hello
  var last = -1; // the height last reported
  var pending = false;
  var followed = false; // a parent's shared link, taken once
  var sized = false; // the parent sizes the frame to its content (it said hello)

  function post(message, origin) {
    try {
      parent.postMessage(message, origin);
    } catch (e) {
      /* a parent gone, or an origin postMessage cannot target */
    }
  }

  /** The parent page's origin, or null where it cannot be told (never '*'). */
  function parentOrigin() {
    var found = helloFrom;
    try {
      var ancestors = w.location.ancestorOrigins;
      if (!found && ancestors && ancestors.length) found = ancestors[0];
      if (!found && doc.referrer) found = new URL(doc.referrer).origin;
    } catch (e) {
      /* no referrer to read */
    }
    return found && found !== 'null' ? found : null;
  }

  /** Drops the scroll bar only while the frame shows the whole page: a parent that sizes the
   * frame makes it needless (and one that came and went would change the width, so the height,
   * again), but a host stylesheet that caps the iframe's height must leave the rest reachable. */
  function fit() {
    var whole = sized && last > 0 && w.innerHeight >= last - 1;
    if (root.classList.contains('se-sized') === whole) return;
    root.classList.toggle('se-sized', whole);
    // The scroll bar's width changes the page's height: report it, in or out of view.
    schedule();
  }

  function report() {
    pending = false;
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return fit();
    last = height;
    fit();
    post({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
    post({ type: 'strike-explainer:height', height: height }, '*');
  }

  /** Reports the height once, at the next animation frame. A browser may give a frame out of
   * view no animation frames (nor ResizeObserver callbacks) at all, so a timer stands in, and
   * changes inside the widget are also seen as DOM changes: the height reaches the parent before
   * the reader scrolls to the frame. */
  function schedule() {
    if (pending) return;
    pending = true;
    w.requestAnimationFrame(flush);
    w.setTimeout(flush, 100);
  }

  function flush() {
    if (pending) report();
  }

  /** Starts the widget from a shared link's choice on the parent page (`link`: our se- keys),
   * once, where this page's own address carries none: the fragment is set and the widget drawn
   * again (if it was already in; otherwise the loader reads the fragment when it mounts). */
  function follow(link) {
    if (followed || typeof link !== 'string') return;
    followed = true;
    var keys = link.split('&').filter(function (part) {
      return /^se-[a-z]+=[^&#]*$/.test(part);
    });
    if (!keys.length || /(^#|&)se-/.test(w.location.hash)) return;
    w.history.replaceState(w.history.state, '', '#' + keys.join('&'));
    var api = w.StrikeExplainer;
    if (api && doc.querySelector('[data-se-mounted]')) {
      api.stop();
      api.scan();
    }
  }

  /** The page's title: the widget's own once it has one (the dispute's, in its language). */
  function retitle() {
    var placeholder = doc.querySelector('[data-strike-explainer]');
    var title = placeholder && placeholder.shadowRoot && placeholder.shadowRoot.querySelector('.se-title');
    var text = title && title.textContent.trim();
    if (text && doc.title !== text) doc.title = text;
  }

  /** The placeholder, built from the query parameters. */
  function build() {
    var params = new URLSearchParams(w.location.search);
    var lang = (params.get('lang') || '').trim().toLowerCase();
    // As the widget reads it: "cy", "cy-GB"… are Welsh; anything else is English.
    root.lang = /^cy(-|$)/.test(lang) ? 'cy' : 'en';
    var el = doc.createElement('div');
    el.id = 'strike-explainer';
    el.setAttribute('data-strike-explainer', '');
    el.setAttribute('data-load', 'eager');
    OPTIONS.forEach(function (name) {
      var value = params.get(name);
      if (value !== null) el.setAttribute('data-' + name, value);
    });
    (doc.getElementById('strike-explainer-frame') || doc.body).appendChild(el);
    return el;
  }

  try {
    var placeholder = build();
    var watched = null; // the widget's shadow root, once watched
    var inside = new MutationObserver(function () {
      if (framed) schedule();
    });
    // The loader marks the placeholder when the widget is in (its title with it) and when its
    // reserve is given back; then the widget's own DOM is watched too.
    new MutationObserver(function () {
      retitle();
      var shadow = placeholder.shadowRoot;
      if (shadow && shadow !== watched) {
        watched = shadow;
        inside.observe(shadow, { childList: true, subtree: true, attributes: true, characterData: true });
      }
      if (framed) schedule();
    }).observe(placeholder, { attributes: true });
    new ResizeObserver(function () {
      retitle();
      if (framed) schedule();
    }).observe(root);
    if (framed) {
      w.addEventListener('message', function (event) {
        var data = event.data;
        if (event.source !== parent || !data || data.type !== 'strike-explainer:hello') return;
        if (event.origin && event.origin !== 'null') helloFrom = event.origin;
        sized = true;
        follow(data.link);
        last = -1;
        schedule();
      });
      // The parent resizing the frame resizes its viewport.
      w.addEventListener('resize', fit);
      doc.addEventListener('strike-explainer-change', function (event) {
        var origin = parentOrigin();
        if (origin) post({ type: 'strike-explainer:change', detail: event.detail }, origin);
      });
    }
  } catch (e) {
    console.error('strike-explainer: the frame page could not start: ' + (e && e.message ? e.message : e));
  }
})();
