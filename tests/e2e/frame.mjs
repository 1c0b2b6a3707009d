// The frame page (pkg/strike-explainer-frame.html) and the host page's script that resizes its
// iframes (pkg/strike-explainer-frames.js), built by scripts/pkg, in headless Chromium and
// headless Firefox over WebDriver (issue #22). The host pages are on one origin
// (http://127.0.0.1:PORT), the frame page on another (http://localhost:PORT), both under the
// strict CSP (reported to the server), and a third origin (a second server) forges messages.
// Run by scripts/test; alone: `node tests/e2e/frame.mjs [chromium|firefox]`.
//
// Waiting is always for a condition, polled inside the page with a deadline; no fixed sleeps.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { serveDist } from './dist.mjs';
import { startDriver, browsers, AXE, AXE_TAGS, mounted, choose } from './webdriver.mjs';

const host = await serve();
const forger = await serve();
const { origin, control } = host;
const frameOrigin = origin.replace('127.0.0.1', 'localhost');
control.substitute.FRAME_ORIGIN = frameOrigin;
control.substitute.FORGER_ORIGIN = forger.origin;
control.frameAncestors.push(origin);
control.frameSrc.push(frameOrigin, forger.origin);
const FRAME = `${frameOrigin}/pkg/strike-explainer-frame.html`;
// The demo's build (trunk build --release, before this in scripts/test), with its own frame page.
const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const demo = existsSync(`${dist}/strike-explainer-frame.html`) ? await serveDist(dist) : null;
const ARTICLE = 'https://news.example/2023/strikes';
// How far the iframe's height may be from its document's: the frame rounds up to whole pixels.
const SLACK = 3;

// ---- in-page helpers (run inside the browser) ----------------------------------------------

// Inside the frame: the height of its document's content, once the widget has mounted.
const frameHeight = () => document.getElementById('strike-explainer')?.shadowRoot?.querySelector('.se-answer > *')
  && document.documentElement.getBoundingClientRect().height;

// On the host: whether iframe `id` is drawn within `slack` px of `want` tall.
const drawnHeight = (id, want, slack) => Math.abs(document.getElementById(id).clientHeight - want) <= slack;
// On an AMP-like host: whether the last embed-size message from iframe `id` said within `slack`
// px of `want`.
const ampHeight = (id, want, slack) => {
  const got = window.__amp[id];
  return !!got && Math.abs(got.at(-1) - want) <= slack;
};

/** The height of iframe `id`'s document, once the iframe is drawn that tall (within SLACK) on
 * two measures in a row (or once `drawn` says so: an in-page check, as `drawnHeight`; a widget may still be settling: a remembered choice, its reserve given
 * back); null if it never is. Switching into a frame does not scroll it into view. */
async function settled(b, id, drawn = drawnHeight) {
  let last = null;
  for (let i = 0; i < 6; i++) {
    await b.frameOf(`#${id}`);
    const h = await b.until(frameHeight);
    await b.frame(null);
    if (!h) return null;
    const ok = await b.until(drawn, id, h, SLACK);
    if (ok && last !== null && Math.abs(h - last) <= SLACK) return h;
    last = ok ? h : null;
  }
  return null;
}

/** Chooses `region` and `role` inside the frame the session is in; resolves to the frame
 * document's height once it has changed from `before` and the answer shows. */
async function chooseIn(b, region, role, before) {
  await b.run(choose, 'strike-explainer', 0, region);
  await b.until(() => !!document.getElementById('strike-explainer').shadowRoot.getElementById('se-role'));
  await b.run(choose, 'strike-explainer', 1, role);
  return b.until((was) => {
    const answer = document.getElementById('strike-explainer').shadowRoot.querySelector('.se-headline__text');
    const h = document.documentElement.getBoundingClientRect().height;
    return answer && Math.abs(h - was) > 1 ? h : null;
  }, before);
}

function cspProblems(from) {
  const reports = control.cspReports.slice(from);
  return reports.length ? [`CSP violations reported: ${reports.join(' | ')}`] : [];
}

async function hostProblems(b) {
  const probe = await b.run(() => window.__probe);
  const p = [];
  if (probe.violations.length) p.push(`CSP violations on the host: ${probe.violations.join('; ')}`);
  if (probe.errors.length) p.push(`console errors on the host: ${probe.errors.join(' | ')}`);
  return p;
}

// ---- the cases -----------------------------------------------------------------------------

const cases = {
  async 'an iframe on another origin follows its widget\'s height as the reader chooses; the change event arrives on the iframe (strict CSP both sides, host script included twice)'(b) {
    const from = control.cspReports.length;
    await b.goto('/pages/frame-host.html');
    await b.frameOf('#f1');
    const first = await b.until(frameHeight);
    if (!first) return ['the widget in the frame did not mount'];
    const look = await b.run(() => ({ lang: document.documentElement.lang, title: document.title, heading: document.getElementById('strike-explainer').shadowRoot.querySelector('.se-title')?.textContent }));
    await b.frame(null);
    const p = [];
    if (look.lang !== 'en' || !look.heading || look.title !== look.heading) p.push(`the frame page's language and title: ${JSON.stringify(look)}`);
    if (!(await settled(b, 'f1'))) {
      p.push(`the iframe is drawn ${await b.run(() => document.getElementById('f1').clientHeight)} px tall, its document was ${first} px`);
    }
    await b.frameOf('#f1');
    const chosen = await chooseIn(b, 'wales', 'parent', first);
    await b.frame(null);
    if (!chosen) return [...p, 'choosing inside the frame did not change its height'];
    if (!(await settled(b, 'f1'))) {
      p.push(`after choosing: the iframe is drawn ${await b.run(() => document.getElementById('f1').clientHeight)} px tall, its document was ${chosen} px`);
    }
    const events = await b.until(() => {
      const e = window.__probe.events.filter((x) => x.startsWith('f1 '));
      return e.some((x) => x.includes('"role":"parent"')) && e;
    });
    const want = 'f1 {"region":"wales","role":"parent","council":null}';
    // Each choice once: the host script included twice still dispatches once.
    if (!events || events.at(-1) !== want || events.filter((x) => x === want).length !== 1) p.push(`change events on the iframe: ${JSON.stringify(events)}`);
    // Sent only to this page's origin, and from the frame's.
    const sent = await b.run(() => window.__messages.filter((m) => m.type === 'strike-explainer:change').map((m) => `${m.from} ${m.origin}`));
    if (!sent.length || sent.some((m) => !m.startsWith('f1 http://localhost:'))) p.push(`change messages: ${JSON.stringify(sent)}`);
    return [...p, ...(await hostProblems(b)), ...cspProblems(from)];
  },

  async 'a frame the host caps in height keeps its scroll bar; one sized to its widget drops it'(b) {
    await b.goto('/pages/frame-host.html');
    await b.frameOf('#f1');
    if (!(await b.until(frameHeight))) return ['the widget in the frame did not mount'];
    await b.frame(null);
    if (!(await settled(b, 'f1'))) return ['the iframe was not sized to its widget'];
    await b.frameOf('#f1');
    const whole = await b.until(() => document.documentElement.classList.contains('se-sized'));
    await b.frame(null);
    const p = [];
    if (!whole) p.push('a frame shown whole kept its scroll bar');
    // A host stylesheet's cap (set through the CSSOM, as the page's CSP allows).
    await b.run(() => { document.getElementById('f1').style.maxHeight = '300px'; });
    await b.frameOf('#f1');
    const reachable = await b.until(() => {
      const root = document.documentElement;
      return !root.classList.contains('se-sized') && getComputedStyle(root).overflowY !== 'hidden' && root.scrollHeight > window.innerHeight;
    });
    await b.frame(null);
    if (!reachable) p.push('a frame capped at 300 px hid the rest of its widget');
    return p;
  },

  async 'shared links from inside the frame point at the article given as share=, with the choice in the fragment, and open the frame on it'(b) {
    await b.goto('/pages/frame-host.html');
    await b.frameOf('#f1');
    if (!(await b.until(frameHeight))) return ['the widget in the frame did not mount'];
    await chooseIn(b, 'london', 'pupil', await b.run(() => document.documentElement.getBoundingClientRect().height));
    const link = await b.run(() => {
      // The clipboard refuses, so the widget shows the link to copy by hand.
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) }, configurable: true });
      const root = document.getElementById('strike-explainer').shadowRoot;
      [...root.querySelectorAll('button')].find((x) => x.textContent === 'Share this answer')?.click();
      return true;
    }).then(() => b.until(() => document.getElementById('strike-explainer').shadowRoot.getElementById('se-share-link')?.value));
    await b.frame(null);
    const p = link?.startsWith(`${ARTICLE}#se-region=london&se-role=pupil`) ? [] : [`the shared link: ${link}`];
    // Such a link opens the article, whose host script hands the choice to the frame (not the one
    // the reader last made in it: London, remembered).
    await b.goto('/pages/blank.html');
    await b.goto('/pages/frame-host.html#top&se-region=scotland&se-role=parent');
    await b.frameOf('#f1');
    const opened = await b.until(() => {
      const root = document.getElementById('strike-explainer').shadowRoot?.querySelector('.se-root');
      return root?.dataset.region === 'scotland' && root.querySelector('.se-headline__text') && { hash: location.hash, role: root.querySelector('#se-role')?.value ?? null };
    });
    await b.frame(null);
    if (!opened) p.push('the article\'s link did not open the frame\'s widget on its choice');
    else if (opened.hash !== '#se-region=scotland&se-role=parent') p.push(`the frame's fragment: ${opened.hash}`);
    return p;
  },

  async 'a page speaking AMP\'s protocol receives embed-size messages with the frame\'s height (Welsh: the frame page\'s language and title follow)'(b) {
    const from = control.cspReports.length;
    await b.goto('/pages/frame-amp.html');
    await b.frameOf('#amp');
    const first = await b.until(frameHeight);
    if (!first) return ['the widget in the frame did not mount'];
    const look = await b.run(() => ({ lang: document.documentElement.lang, title: document.title, heading: document.getElementById('strike-explainer').shadowRoot.querySelector('.se-title')?.textContent }));
    await b.frame(null);
    const p = [];
    if (look.lang !== 'cy' || !look.heading || look.title !== look.heading) p.push(`the frame page's language and title: ${JSON.stringify(look)}`);
    if (!(await settled(b, 'amp', ampHeight))) p.push(`embed-size heights ${JSON.stringify(await b.run(() => window.__amp))}, the frame's document ${first} px`);
    await b.frameOf('#amp');
    const chosen = await chooseIn(b, 'wales', 'parent', first);
    await b.frame(null);
    if (!chosen) return [...p, 'choosing inside the frame did not change its height'];
    if (!(await settled(b, 'amp', ampHeight))) p.push(`after choosing: embed-size heights ${JSON.stringify(await b.run(() => window.__amp))}, the frame's document ${chosen} px`);
    // No host script here: the iframe keeps the height the page gave it.
    const attr = await b.run(() => document.getElementById('amp').getAttribute('height'));
    if (attr !== '400') p.push(`without the host script the iframe's height changed to ${attr}`);
    return [...p, ...(await hostProblems(b)), ...cspProblems(from)];
  },

  async 'messages from elsewhere are ignored: a forged height or change from another origin\'s frame, out-of-range heights from the frame, a forged hello to the frame'(b) {
    await b.goto('/pages/frame-host.html');
    await b.frameOf('#f1');
    const first = await b.until(frameHeight);
    if (!first) return ['the widget in the frame did not mount'];
    // The frame notes each message it receives (added now, beside its own listener).
    await b.run(() => { window.__seen = []; addEventListener('message', (e) => window.__seen.push(e.data?.type)); return true; });
    await b.frame(null);
    const p = [];
    const height = await settled(b, 'f1');
    if (!height) return [`the iframe never took its document's height (${first} px)`];
    const attr = Number(await b.run(() => document.getElementById('f1').getAttribute('height')));
    // Another origin's frame forges our messages to the host, and a hello to our frame.
    await b.frameOf('#forger');
    await b.run(() => {
      parent.postMessage({ type: 'strike-explainer:height', height: 4321 }, '*');
      parent.postMessage({ type: 'strike-explainer:change', detail: { region: 'forged', role: null, council: null } }, '*');
      parent.frames[0].postMessage({ type: 'strike-explainer:hello' }, '*');
      return true;
    });
    await b.frame(null);
    // The frame itself sends heights no page should take.
    await b.frameOf('#f1');
    await b.run(() => {
      for (const height of [1e9, -5, 0, '900', NaN]) parent.postMessage({ type: 'strike-explainer:height', height }, '*');
      return true;
    });
    if (!(await b.until(() => window.__seen.includes('strike-explainer:hello')))) p.push('the forged hello never reached the frame');
    await b.frame(null);
    // Each forged message reached the host (and so its script, listening to the same event).
    const arrived = await b.until(() => {
      const m = window.__messages;
      const forged = m.filter((x) => x.from === 'forger').length;
      const odd = m.filter((x) => x.from === 'f1' && x.type === 'strike-explainer:height' && (typeof x.height !== 'number' || !(x.height > 0 && x.height < 1e5))).length;
      return forged >= 2 && odd >= 5;
    });
    if (!arrived) p.push('the forged messages never arrived');
    const after = await b.run(() => ({ height: document.getElementById('f1').getAttribute('height'), events: window.__probe.events }));
    if (Number(after.height) !== attr) p.push(`a forged or out-of-range height moved the iframe from ${attr} to ${after.height} px`);
    if (after.events.some((e) => e.includes('forged'))) p.push(`a forged change event was dispatched: ${after.events}`);
    // Had the frame taken the forged hello, it would send the change event to the forger's
    // origin, and this page would never see it.
    await b.frameOf('#f1');
    await chooseIn(b, 'north-west', 'teacher-neu', first);
    await b.frame(null);
    const want = 'f1 {"region":"north-west","role":"teacher-neu","council":null}';
    if (!(await b.until((w) => window.__probe.events.includes(w), want))) p.push(`after a forged hello, no change event ${want}: ${await b.run(() => window.__probe.events)}`);
    // Our iframe's window, navigated to another origin (its src unchanged), is not ours.
    await b.run(() => { document.getElementById('f1').addEventListener('load', () => (window.__moved = true)); return true; });
    await b.frameOf('#f1');
    await b.run((to) => { location.href = to; return true; }, `${forger.origin}/pages/blank.html`);
    await b.frame(null);
    if (!(await b.until(() => window.__moved))) p.push('the frame could not be navigated away');
    await b.frameOf('#f1');
    const there = await b.until(() => location.href.includes('/pages/blank.html') && location.origin);
    await b.run(() => { parent.postMessage({ type: 'strike-explainer:height', height: 777 }, '*'); return true; });
    await b.frame(null);
    if (there !== forger.origin) p.push(`the navigated frame is at ${there}`);
    if (!(await b.until((o) => window.__messages.some((m) => m.from === 'f1' && m.origin === o && m.height === 777), forger.origin))) p.push('the navigated frame\'s height never arrived');
    const final = await b.run(() => document.getElementById('f1').getAttribute('height'));
    if (final === '777') p.push('a height from another origin in our iframe was taken');
    return [...p, ...(await hostProblems(b))];
  },

  async 'an iframe of ours added later, below the fold, has its height before the reader gets there'(b) {
    await b.goto('/pages/frame-host.html');
    await b.run((src) => {
      const f = document.createElement('iframe');
      f.id = 'late';
      f.title = 'Strike explainer, added later';
      f.src = src;
      f.setAttribute('width', '100%');
      f.setAttribute('height', '120');
      document.querySelector('main').appendChild(f);
      return true;
    }, `${FRAME}?today=2026-11-24&region=scotland&role=parent&heading=off`);
    // Sized while still out of view (where the browser may throttle the frame: no animation
    // frames there), so nothing moves when the reader gets there.
    if (!(await b.until(() => document.getElementById('late').getAttribute('height') !== '120'))) return ['the later iframe was never resized'];
    await b.frameOf('#late');
    const h = await b.until(frameHeight);
    await b.frame(null);
    if (!h) return ['the widget in the later frame did not mount'];
    const p = [];
    if (!(await settled(b, 'late'))) p.push(`the later iframe is ${await b.run(() => document.getElementById('late').getAttribute('height'))} px tall, its document ${h} px`);
    const below = await b.run(() => document.getElementById('late').getBoundingClientRect().top - innerHeight);
    if (below <= 0) p.push(`the later iframe was in view (${below} px below the fold)`);
    return p;
  },

  async 'the demo (dist/) has a frame page too, loading its own loader (scripts/trunk-extras)'(b) {
    if (!demo) return ['no dist/strike-explainer-frame.html: run `trunk build --release --offline` first'];
    await b.goto(`${demo.url}strike-explainer-frame.html?today=2026-11-24&region=wales&role=parent&lang=cy`);
    if (!(await b.until(frameHeight))) return ['the widget did not mount in the demo\'s frame page'];
    const look = await b.run(() => ({
      lang: document.documentElement.lang,
      region: document.getElementById('strike-explainer').shadowRoot.querySelector('.se-root')?.dataset.region,
      scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((x) => /\.(js|wasm)$/.test(x)).sort(),
    }));
    const want = '/strike-explainer-frame.js,/strike-explainer-loader.js,/strike-explainer.js,/strike-explainer_bg.wasm';
    return look.lang === 'cy' && look.region === 'wales' && look.scripts.join() === want ? [] : [`the demo's frame page: ${JSON.stringify(look)}`];
  },

  async 'axe-core: no violations on the frame page, in English and Welsh'(b) {
    const p = [];
    for (const lang of ['en', 'cy']) {
      await b.goto(`${FRAME}?today=2026-11-24&region=wales&role=parent&lang=${lang}`);
      if (!(await b.until(frameHeight))) {
        p.push(`${lang}: the widget did not mount`);
        continue;
      }
      await b.script(AXE);
      const found = await b.run(async (tags) => {
        // The frame is part of its host's page, whose h1 is the article's own: an h1 here would
        // give the article a second one.
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'page-has-heading-one': { enabled: false } } });
        const inShadow = r.passes.some((x) => x.nodes.some((n) => n.target.some(Array.isArray)));
        return { inShadow, violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`) };
      }, AXE_TAGS);
      if (!found.inShadow) p.push(`${lang}: axe checked nothing inside the shadow root`);
      p.push(...found.violations.map((v) => `${lang}: ${v}`));
    }
    return p;
  },
};

// ---- run -----------------------------------------------------------------------------------

const only = process.argv[2];
let failures = 0;
let passed = 0;
for (const name of Object.keys(browsers).filter((n) => !only || n === only)) {
  const b = await startDriver(name, origin);
  try {
    for (const [title, run] of Object.entries(cases)) {
      let problems;
      try {
        // Each case starts as a first visit on both origins: nothing remembered.
        for (const o of [origin, frameOrigin]) {
          await b.goto(`${o}/pages/blank.html`);
          await b.run(() => localStorage.clear() || true);
        }
        problems = await run(b);
      } catch (e) {
        problems = [String(e)];
      }
      await b.frame(null).catch(() => {});
      if (problems.length) {
        failures += 1;
        console.log(`FAIL ${name}: ${title}\n  ${problems.join('\n  ')}`);
      } else {
        passed += 1;
        console.log(`ok   ${name}: ${title}`);
      }
    }
  } finally {
    await b.quit();
  }
}
host.close();
forger.close();
demo?.close();
console.log(`frame: ${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
