// The embed bundle (pkg/, built by scripts/pkg) on real host pages (tests/e2e/pages/), served on
// localhost, in headless Chromium and headless Firefox driven over WebDriver (chromedriver and
// geckodriver, as installed by scripts/setup). Issue #3. Run by scripts/test; alone:
// `node tests/e2e/embed.mjs [chromium|firefox]`.
//
// Waiting is always for a condition (a widget mounted, an error logged), polled inside the page
// with a deadline; there are no fixed sleeps.
import { serve } from './server.mjs';
import { startDriver as start, browsers, AXE, AXE_TAGS, mounted, choose } from './webdriver.mjs';

const { origin, control, close } = await serve();
const startDriver = (name) => start(name, origin);

// ---- in-page helpers (run inside the browser) ----------------------------------------------

const state = () => ({
  probe: window.__probe,
  resources: performance.getEntriesByType('resource').map((e) => e.name),
  cookie: (() => { try { return document.cookie; } catch (e) { return ''; } })(), // a sandboxed frame may not read it
  widgets: [...document.querySelectorAll('[data-strike-explainer], #js')].map((el) => {
    const root = el.shadowRoot;
    const q = (s) => root?.querySelector(s);
    return {
      id: el.id,
      shadow: !!root,
      instances: root ? root.querySelectorAll('.se-root').length : 0,
      headline: q('.se-headline__text')?.textContent ?? null,
      prompt: q('.se-prompt')?.textContent ?? null,
      days: root ? root.querySelectorAll('.se-day').length : 0,
      theme: q('.se-root')?.getAttribute('data-theme') ?? null,
      region: q('.se-root')?.dataset.region ?? (q('.se-root') ? '' : null),
      fallbackVisible: el.firstElementChild ? el.firstElementChild.getClientRects().length > 0 : false,
    };
  }),
});
// Types `text` into widget `id`'s place search as a fresh use of it: focus (after a blur, so a
// search already focused is used anew: typing on after a failed index fetch does not ask again).
const search = (id, text) => {
  const input = document.getElementById(id).shadowRoot.querySelector('input[role=combobox]');
  input.blur();
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

// ---- the cases -----------------------------------------------------------------------------

const ENGLAND_OVER = 'The dispute here is over: it ended on 31 July 2023.';
const WALES_OVER = 'The dispute here is over: it ended on 23 March 2023.';

/** Checks every page must pass: nothing from another origin, no CSP violation, no errors. */
function common(s, { errors = [] } = {}) {
  const problems = [];
  // Compared with the test server's origin, not the page's: a sandboxed frame's is opaque.
  const foreign = s.resources.filter((u) => !u.startsWith(origin + '/'));
  if (foreign.length) problems.push(`requested from another origin: ${foreign.join(', ')}`);
  if (s.probe.violations.length) problems.push(`CSP violations: ${s.probe.violations.join('; ')}`);
  const unexpected = s.probe.errors.filter((e) => !errors.some((x) => e.includes(x)));
  if (unexpected.length) problems.push(`console errors: ${unexpected.join(' | ')}`);
  if (s.cookie !== '') problems.push(`cookies set: ${s.cookie}`);
  return problems;
}

/** Opens `page` and checks that widget `id` mounts with `headline`, and the common checks. */
async function answers(b, page, id, headline) {
  await b.goto(page);
  if (!(await b.until(mounted, [id]))) return [`${id} was not mounted`, ...common(await b.run(state))];
  const s = await b.run(state);
  const p = common(s);
  const w = s.widgets.find((x) => x.id === id);
  if (w.headline !== headline) p.push(`answer: ${w.headline}`);
  return p;
}

const cases = {
  async 'axe-core: no violations in English and Welsh, in this browser too'(b) {
    await b.goto('/pages/languages.html');
    if (!(await b.until(mounted, ['en', 'cy']))) return ['the widgets did not mount'];
    await b.script(AXE);
    const found = await b.run(async (tags) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      const inShadow = r.passes.some((p) => p.nodes.some((n) => n.target.some(Array.isArray)));
      return { inShadow, violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`) };
    }, AXE_TAGS);
    const p = common(await b.run(state));
    if (!found.inShadow) p.push('axe checked nothing inside the shadow roots');
    p.push(...found.violations);
    const langs = await b.run(() => ['en', 'cy'].map((id) => document.getElementById(id).shadowRoot.querySelector('.se-root').getAttribute('lang')));
    if (langs.join() !== 'en,cy') p.push(`the widgets' languages: ${langs}`);
    return p;
  },

  async 'plain article: mounts in place of the fallback, no layout shift'(b) {
    await b.goto('/pages/plain.html');
    if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount'];
    const s = await b.run(state);
    const w = s.widgets[0];
    const p = common(s);
    if (w.headline !== ENGLAND_OVER || w.days !== 8) p.push(`answer: ${JSON.stringify(w)}`);
    if (w.fallbackVisible) p.push('the fallback is still visible');
    if (s.probe.clsSupported && s.probe.cls !== 0) p.push(`cumulative layout shift ${s.probe.cls}`);
    return p;
  },

  async 'pkg/strike-explainer.css alone reserves the first render: nothing moves when it appears, nor when it is given back (issues #13, #21)'(b) {
    await b.goto('/pages/reserve.html');
    const ids = ['en284', 'en360', 'en664', 'cy284', 'cy360', 'cy664'];
    if (!(await b.until(mounted, ids))) return ['the widgets did not mount', ...common(await b.run(state))];
    const s = await b.run(state);
    const p = common(s);
    const look = await b.run((all) => all.map((id) => {
      const el = document.getElementById(id);
      // A widget that gave its reserve back (issue #21): what was reserved, read with the mark
      // off and put back in the same task, so nothing is drawn in between.
      const fitted = el.hasAttribute('data-se-fitted');
      const placeholder = el.getBoundingClientRect().height;
      el.removeAttribute('data-se-fitted');
      const reserved = parseFloat(getComputedStyle(el, '::before').paddingTop);
      if (fitted) el.setAttribute('data-se-fitted', '');
      return { id, reserved, fitted, placeholder, widget: el.shadowRoot.querySelector('.se-root').getBoundingClientRect().height };
    }), ids);
    for (const r of look) {
      if (r.widget > r.reserved + 0.5) p.push(`${r.id}: the first render (${r.widget} px) is taller than the space reserved (${r.reserved} px)`);
      // Room for wider typefaces than the page's (the reservation covers DejaVu's), not a screenful.
      if (r.reserved - r.widget > 180) p.push(`${r.id}: ${Math.round(r.reserved - r.widget)} px reserved beyond the first render`);
      // Given back, the placeholder is the widget's height; else the larger of the two.
      const want = r.fitted ? r.widget : Math.max(r.reserved, r.widget);
      if (Math.abs(r.placeholder - want) > 0.5) p.push(`${r.id}: the placeholder is ${r.placeholder} px tall, not ${r.fitted ? 'the widget' : 'the reserved or the widget'}'s ${want} px`);
    }
    if (s.probe.clsSupported && s.probe.cls !== 0) p.push(`cumulative layout shift ${s.probe.cls}`);
    return p;
  },

  async 'reader tools in an embedded instance: postcode search and calendar'(b) {
    await b.goto('/pages/plain.html');
    if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount'];
    // The placeholder presets an area, so the widget shows it with "Change"; that brings the
    // search back.
    await b.run(() => {
      const change = document.getElementById('w1').shadowRoot.getElementById('se-where-change');
      if (change) change.click();
      return true;
    });
    await b.until(() => document.getElementById('w1').shadowRoot.querySelector('input[role=combobox]'));
    await b.run(search, 'w1', 'cf10 1aa');
    await b.until(() => document.getElementById('w1').shadowRoot.querySelectorAll('[role=option]').length > 0);
    await b.run(() => {
      const input = document.getElementById('w1').shadowRoot.querySelector('input[role=combobox]');
      for (const key of ['ArrowDown', 'Enter']) input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      return true;
    });
    await b.until(() => document.getElementById('w1').shadowRoot.querySelector('.se-where__region')?.textContent === 'Wales');
    await b.run(() => {
      const root = document.getElementById('w1').shadowRoot;
      [...root.querySelectorAll('button')].find((x) => x.textContent === 'Calendar').click();
      return true;
    });
    await b.until(() => document.getElementById('w1').shadowRoot.querySelector('.se-cal'));
    const s = await b.run(state);
    const p = common(s);
    const look = await b.run(() => {
      const root = document.getElementById('w1').shadowRoot;
      return { region: root.querySelector('.se-where__region')?.textContent, marked: root.querySelectorAll('.se-cal__day[data-status]').length };
    });
    if (look.region !== 'Wales' || look.marked !== 5) p.push(`after searching CF10 1AA: ${JSON.stringify(look)}`);
    // The calendar file, offered only while a day is ahead: seen as on 20 January 2023.
    const offeredNow = await b.run(() => [...document.getElementById('w1').shadowRoot.querySelectorAll('button')].some((x) => x.textContent === 'Add these days to my calendar'));
    if (offeredNow) p.push('a calendar file is offered when no day is ahead');
    // The replay's controls are built when its disclosure is first opened.
    await b.run(() => { document.getElementById('w1').shadowRoot.querySelector('.se-replay > summary').click(); return true; });
    await b.until(() => !!document.getElementById('w1').shadowRoot.getElementById('se-replay-date'));
    await b.run(() => {
      const field = document.getElementById('w1').shadowRoot.getElementById('se-replay-date');
      field.value = '2023-01-20';
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    });
    await b.until(() => [...document.getElementById('w1').shadowRoot.querySelectorAll('button')].some((x) => x.textContent === 'Add these days to my calendar'));
    // Caught before the browser would save it.
    await b.run(() => {
      URL.createObjectURL = (blob) => { window.__ics = blob; return 'blob:caught'; };
      const root = document.getElementById('w1').shadowRoot;
      [...root.querySelectorAll('button')].find((x) => x.textContent === 'Add these days to my calendar').click();
      return true;
    });
    await b.until(() => window.__ics);
    await b.run(() => window.__ics.text().then((t) => (window.__icsText = t)) && true);
    const ics = await b.until(() => window.__icsText);
    // Known in Wales by 20 January 2023: 1 and 14 February, 15 and 16 March.
    if (!ics?.startsWith('BEGIN:VCALENDAR') || ics.split('BEGIN:VEVENT').length - 1 !== 4) p.push(`calendar file: ${String(ics).slice(0, 80)}`);
    return p;
  },

  async 'the place index: not fetched before a search is used, then fetched once for two widgets (issue #13)'(b) {
    const from = control.requests.length;
    await b.goto('/pages/places.html');
    if (!(await b.until(mounted, ['en', 'cy']))) return ['the widgets did not mount', ...common(await b.run(state))];
    // Two frames after mounting: anything the first render asks for is asked for by now.
    await b.until(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    const index = (r) => /^\/pkg\/strike-explainer-places-[0-9a-f]{16}\.txt$/.test(r);
    const p = [];
    if (control.requests.slice(from).some(index)) p.push('the place index was fetched before any search was used');
    // Both searches used while the index is on its way (the server holds it): each says it is
    // loading, and one fetch serves both.
    control.holdIndex = true;
    try {
      await b.run(search, 'en', 'Leeds');
      await b.run(search, 'cy', 'Caerdydd');
      const loading = await b.until(() => {
        const notes = ['en', 'cy'].map((id) => document.getElementById(id).shadowRoot.querySelector('.se-place__note')?.textContent);
        return notes.every(Boolean) ? notes.join(' | ') : null;
      });
      if (loading !== "Loading the places… | Wrthi'n llwytho'r lleoedd…") p.push(`while the index is on its way: ${loading}`);
      // Enter before the index is there (a reader typing fast) takes the top match once it is.
      await b.run(() => {
        const input = document.getElementById('en').shadowRoot.querySelector('input[role=combobox]');
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        return true;
      });
    } finally {
      control.releaseIndex();
    }
    const picked = await b.until(() => document.getElementById('en').shadowRoot.querySelector('.se-where__region')?.textContent);
    if (picked !== 'Yorkshire and the Humber') p.push(`Enter while the index was on its way: ${picked}`);
    const found = await b.until(() => document.getElementById('cy').shadowRoot.querySelector('[role=option]')?.textContent);
    if (!found?.startsWith('Caerdydd')) p.push(`the Welsh widget's suggestions: ${found}`);
    // A later search on the page needs no second fetch.
    await b.run(search, 'cy', 'LS6 1AA');
    await b.until(() => document.getElementById('cy').shadowRoot.querySelector('[role=option]')?.textContent.startsWith('LS6 1AA'));
    const fetched = control.requests.slice(from).filter(index).length;
    if (fetched !== 1) p.push(`the place index was fetched ${fetched} times, not once`);
    const s = await b.run(state);
    if (!s.resources.some((u) => /\/pkg\/strike-explainer-places-[0-9a-f]{16}\.txt$/.test(u))) p.push('the browser did not fetch the index from pkg/');
    p.push(...common(s));
    return p;
  },

  async 'a widget released while the place index is on its way: the other still gets it, nothing breaks (issue #13)'(b) {
    await b.goto('/pages/places.html');
    if (!(await b.until(mounted, ['en', 'cy']))) return ['the widgets did not mount', ...common(await b.run(state))];
    const p = [];
    control.holdIndex = true;
    try {
      await b.run(search, 'en', 'Leeds');
      await b.run(search, 'cy', 'Caerdydd');
      await b.until(() => !!document.getElementById('cy').shadowRoot.querySelector('.se-place__note')?.textContent);
      // The Welsh placeholder leaves the page; the loader releases its widget at its next sweeps.
      await b.run(() => { window.__cy = document.getElementById('cy'); window.__cy.remove(); return true; });
      if (!(await b.until(() => !window.__cy.hasAttribute('data-se-mounted')))) p.push('the removed widget was never released');
    } finally {
      control.releaseIndex();
    }
    const found = await b.until(() => document.getElementById('en').shadowRoot.querySelector('[role=option]')?.textContent);
    if (!found?.startsWith('Leeds')) p.push(`the remaining widget's suggestions: ${found}`);
    return [...p, ...common(await b.run(state))];
  },

  async 'a place index that never answers is given up after 15 s, and the next use fetches it (issue #13)'(b) {
    await b.goto('/pages/places.html');
    if (!(await b.until(mounted, ['en', 'cy']))) return ['the widgets did not mount', ...common(await b.run(state))];
    const p = [];
    control.holdIndex = true;
    try {
      await b.run(search, 'en', 'Leeds');
      // until() waits up to 20 s; the widget gives up at 15.
      const said = await b.until(() => document.getElementById('en').shadowRoot.querySelector('.se-place__note')?.textContent === 'The place search could not load. Choose your area from the list below.');
      if (!said) p.push('the search still waits for an index that never answers');
    } finally {
      control.releaseIndex();
    }
    await b.run(search, 'en', 'Leed');
    const found = await b.until(() => document.getElementById('en').shadowRoot.querySelector('[role=option]')?.textContent);
    if (!found?.startsWith('Leeds')) p.push(`the next use after giving up: ${found}`);
    return [...p, ...common(await b.run(state), { errors: ['no answer within 15 s'] })];
  },

  async 'the place index answering 404: each search says so in its language, the area list still works (issue #13)'(b) {
    const from = control.requests.length;
    await b.goto('/pages/places-missing.html');
    if (!(await b.until(mounted, ['en', 'cy']))) return ['the widgets did not mount', ...common(await b.run(state))];
    const note = (id, said) => document.getElementById(id).shadowRoot.querySelector('.se-place__note')?.textContent === said;
    const p = [];
    await b.run(search, 'en', 'Leeds');
    if (!(await b.until(note, 'en', 'The place search could not load. Choose your area from the list below.'))) p.push('the English search did not say it could not load');
    // A later use tries again (a failure is not remembered): the Welsh widget's fetch fails too.
    await b.run(search, 'cy', 'Caerdydd');
    if (!(await b.until(note, 'cy', "Methu llwytho'r chwilio am leoedd. Dewiswch eich ardal o'r rhestr isod."))) p.push('the Welsh search did not say it could not load');
    const asked = control.requests.slice(from).filter((r) => /strike-explainer-places-[0-9a-f]{16}\.txt$/.test(r)).length;
    if (asked !== 2) p.push(`the index was asked for ${asked} times, not once per use (2)`);
    // The area list still works.
    await b.run(choose, 'en', 0, 'london');
    await b.run(choose, 'en', 1, 'parent');
    if (!(await b.until(() => document.getElementById('en').shadowRoot.querySelector('.se-headline__text')))) p.push('choosing from the list gave no answer');
    const s = await b.run(state);
    const en = s.widgets.find((w) => w.id === 'en');
    if (en.region !== 'london' || en.headline !== ENGLAND_OVER) p.push(`after choosing from the list: ${JSON.stringify(en)}`);
    // One console error per failed fetch, saying what failed; nothing else (no panic).
    const ours = s.probe.errors.filter((e) => e.includes("strike-explainer: the place search's index could not be loaded") && e.includes('404'));
    if (ours.length !== 2) p.push(`console errors for the failed fetches: ${JSON.stringify(s.probe.errors)}`);
    p.push(...common(s, { errors: ["the place search's index could not be loaded"] }));
    return p;
  },

  async 'hostile stylesheet: host CSS does not reach in, ours does not leak out'(b) {
    await b.goto('/pages/hostile.html');
    if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount'];
    const s = await b.run(state);
    const p = common(s);
    const look = await b.run(() => {
      const root = document.getElementById('w1').shadowRoot;
      const css = (el) => getComputedStyle(el);
      const section = root.querySelector('.se-root');
      const select = root.querySelector('select');
      return {
        display: css(section).display,
        fontSize: css(section).fontSize,
        color: css(section).color,
        transform: css(section).textTransform,
        spacing: css(section).letterSpacing,
        selectShown: select.getClientRects().length > 0,
        dayShown: root.querySelector('.se-day').getClientRects().length > 0,
        outside: css(document.getElementById('outside')).fontWeight + ' ' + css(document.getElementById('outside')).fontSize,
        reference: css(document.getElementById('reference')).fontWeight + ' ' + css(document.getElementById('reference')).fontSize,
      };
    });
    if (look.display !== 'block' || !look.selectShown || !look.dayShown) p.push(`hidden by the host: ${JSON.stringify(look)}`);
    if (look.fontSize !== '16px') p.push(`font size ${look.fontSize}, not the reader's 16px`);
    if (look.color === 'rgb(255, 0, 255)' || look.transform !== 'none' || look.spacing !== 'normal') p.push(`host text styles leaked in: ${JSON.stringify(look)}`);
    if (look.outside !== look.reference) p.push(`our .se-title styled a host heading: ${look.outside} vs ${look.reference}`);
    if (s.widgets[0].headline !== WALES_OVER) p.push(`answer: ${s.widgets[0].headline}`);
    return p;
  },

  async 'strict CSP: no violations, the place search included'(b) {
    await b.goto('/pages/csp.html');
    // w0 has only pkg/strike-explainer.css to reserve its space (a style="" would be blocked).
    if (!(await b.until(mounted, ['w0', 'w1']))) return ['the widgets did not mount', ...common(await b.run(state))];
    const first = await b.run(state);
    // Use it: choosing re-renders, which must not need anything the policy forbids either.
    await b.run(choose, 'w1', 0, 'wales');
    await b.until((id) => document.getElementById(id).shadowRoot.querySelectorAll('.se-day').length === 5, 'w1');
    // The place search fetches its index under the same policy (connect-src falls back to
    // default-src 'self').
    await b.run(search, 'w0', 'Leeds');
    const suggested = await b.until(() => document.getElementById('w0').shadowRoot.querySelectorAll('[role=option]').length > 0);
    const s = await b.run(state);
    const p = common(s);
    if (!suggested) p.push('the place search suggested nothing under the policy');
    if (s.widgets[1].headline !== WALES_OVER) p.push(`answer after choosing Wales: ${s.widgets[1].headline}`);
    // Measured before the scripted choice, which the browser cannot tell from a layout shift.
    if (first.probe.clsSupported && first.probe.cls !== 0) p.push(`cumulative layout shift ${first.probe.cls}`);
    return p;
  },

  async 'three instances with different presets stay independent'(b) {
    await b.goto('/pages/three.html');
    if (!(await b.until(mounted, ['a', 'b', 'c']))) return ['the widgets did not all mount'];
    await b.run(choose, 'a', 0, 'scotland');
    await b.until(() => document.getElementById('a').shadowRoot.querySelectorAll('.se-day').length === 0);
    const s = await b.run(state);
    const p = common(s);
    const [a, bb, c] = s.widgets;
    if (!a.headline?.includes('No strike days of this dispute took place in Scotland')) p.push(`a: ${a.headline}`);
    if (bb.headline !== 'The next strike day is Thursday 2 March 2023, in 20 days.' || bb.theme !== 'dark') p.push(`b: ${bb.headline} (${bb.theme})`);
    if (c.region !== '' || !c.prompt?.startsWith('Choose your area')) p.push(`c should ask the reader: ${JSON.stringify(c)}`);
    const warned = s.probe.warnings.find((w) => w.includes('data-region="atlantis"'));
    if (!warned || !warned.includes('"northern-ireland"')) p.push(`no warning naming the bad value and the allowed ones: ${s.probe.warnings}`);
    if (JSON.stringify(s.probe.events) !== JSON.stringify(['a {"region":"scotland","role":"parent","council":null}'])) p.push(`events: ${s.probe.events}`);
    return p;
  },

  async 'the script included twice mounts once'(b) {
    await b.goto('/pages/twice.html');
    if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount'];
    // Both copies have run by the load event; by then any second mount would have happened.
    await b.until(() => document.readyState === 'complete');
    const s = await b.run(state);
    const p = common(s);
    if (s.widgets[0].instances !== 1) p.push(`${s.widgets[0].instances} widgets in one placeholder`);
    const wasm = s.resources.filter((u) => u.endsWith('.wasm'));
    if (wasm.length !== 1) p.push(`the wasm was fetched ${wasm.length} times`);
    return p;
  },

  async 'a placeholder added after load is mounted'(b) {
    return answers(b, '/pages/late.html', 'late', ENGLAND_OVER);
  },

  async 'a JS-built page mounts with options and unmounts'(b) {
    await b.goto('/pages/js.html');
    if (!(await b.until(() => window.__handle && document.getElementById('js').shadowRoot?.querySelector('.se-answer > *')))) return ['StrikeExplainer.mount did not mount', ...common(await b.run(state))];
    const s = await b.run(state);
    const p = common(s);
    const w = s.widgets.find((x) => x.id === 'js');
    if (w.headline !== WALES_OVER || w.theme !== 'dark') p.push(`options not applied: ${JSON.stringify(w)}`);
    await b.run(() => window.__handle.unmount() || true);
    const after = await b.run(state);
    const back = after.widgets.find((x) => x.id === 'js');
    if (back.instances !== 0 || !back.fallbackVisible) p.push(`after unmount: ${JSON.stringify(back)}`);
    return p;
  },

  async 'blocked storage (a sandboxed iframe): everything else works'(b) {
    await b.goto('/pages/sandboxed.html');
    await b.frame(0);
    try {
      if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount in the sandboxed frame', ...common(await b.run(state))];
      await b.run(choose, 'w1', 1, 'parent');
      await b.until(() => document.getElementById('w1').shadowRoot.querySelector('.se-share__note'));
      const s = await b.run(state);
      const p = common(s);
      const note = await b.run(() => document.getElementById('w1').shadowRoot.querySelector('.se-share__note').textContent);
      const storageThrows = await b.run(() => { try { return !window.localStorage; } catch (e) { return true; } });
      if (!storageThrows) p.push('storage was not blocked: the case is not tested');
      if (!note.includes('does not let the explainer remember')) p.push(`note: ${note}`);
      if (s.widgets[0].headline !== ENGLAND_OVER) p.push(`answer: ${s.widgets[0].headline}`);
      return p;
    } finally {
      await b.frame(null);
    }
  },

  async 'disputes supplied by the page: data-src fetched once, inline data, clear failures'(b) {
    const since = control.requests.length;
    await b.goto('/pages/supplied.html');
    const settled = await b.until(
      (ids) => ids.every((id) => document.getElementById(id).shadowRoot?.querySelector('.se-title, .se-problems'))
        && window.__probe.errors.filter((e) => e.includes('missing.json')).length >= 2
        && window.__probe.errors.some((e) => e.includes('localhost')),
      ['a', 'b', 'c', 'd', 'f', 'g'],
    );
    if (!settled) return ['not every widget settled', JSON.stringify(await b.run(() => window.__probe.errors))];
    const s = await b.run(() => ({
      probe: window.__probe,
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      widgets: Object.fromEntries([...document.querySelectorAll('[data-strike-explainer]')].map((el) => {
        const q = (sel) => el.shadowRoot?.querySelector(sel)?.textContent ?? null;
        return [el.id, {
          title: q('.se-title'),
          problems: q('.se-problems h2'),
          why: q('.se-problems p'),
          days: el.shadowRoot ? el.shadowRoot.querySelectorAll('.se-day').length : 0,
          fallbackVisible: el.firstElementChild.getClientRects().length > 0,
        }];
      })),
    }));
    const p = [];
    const w = s.widgets;
    const title = 'Synthetic rail strike (test data)';
    if (w.a.title !== title || w.a.days !== 1) p.push(`a: ${JSON.stringify(w.a)}`);
    if (w.b.title !== title) p.push(`b (data-src beats data-dispute): ${JSON.stringify(w.b)}`);
    if (w.c.title !== 'Inline test dispute (synthetic)') p.push(`c (inline): ${JSON.stringify(w.c)}`);
    if (w.g.title !== title) p.push(`g (another origin, CORS open): ${JSON.stringify(w.g)}`);
    const fetched = control.requests.filter((r, i) => i >= since && r === '/fixtures/synthetic.json' && control.hosts[i].startsWith('127.0.0.1')).length;
    if (fetched !== 1) p.push(`the shared file was fetched ${fetched} times, not once`);
    if (w.d.problems !== 'The dispute data from /fixtures/missing.json could not be loaded' || !w.d.why?.includes('the server answered 404')) p.push(`d (data-debug, 404): ${JSON.stringify(w.d)}`);
    if (w.e.problems !== null || !w.e.fallbackVisible) p.push(`e (404, no debug) should keep its fallback: ${JSON.stringify(w.e)}`);
    if (!w.f.why?.includes('does not allow this page to read it')) p.push(`f (another origin, no CORS): ${JSON.stringify(w.f)}`);
    const logged = s.probe.errors.filter((e) => e.includes('strike-explainer: the dispute data from /fixtures/missing.json could not be loaded'));
    if (logged.length !== 2) p.push(`the 404 should be logged once per widget: ${logged.length}`);
    if (!s.probe.warnings.some((x) => x.includes('ignoring data-dispute="ni-2023": data-src gives this widget its dispute'))) p.push(`no warning for the unused data-dispute: ${s.probe.warnings}`);
    const unexpected = s.probe.errors.filter((e) => !/missing\.json|localhost|CORS|Access-Control|Failed to load|NetworkError|404|Not Found|Cross-Origin/i.test(e));
    if (unexpected.length) p.push(`console errors: ${unexpected.join(' | ')}`);
    if (s.probe.violations.length) p.push(`CSP violations: ${s.probe.violations}`);
    return p;
  },

  async 'a data file that failed to arrive is fetched again by the next widget'(b) {
    control.fail.data = 1;
    await b.goto('/pages/supplied-retry.html');
    const failed = await b.until(() => window.__probe.errors.some((e) => e.includes('the server answered 503')));
    // A second placeholder for the same file, added once the first has failed.
    await b.run(() => {
      const el = document.createElement('div');
      el.id = 'second';
      el.setAttribute('data-strike-explainer', '');
      el.setAttribute('data-src', '/flaky-fixtures/synthetic.json');
      el.innerHTML = '<p>Fallback second</p>';
      document.querySelector('main').append(el);
      return true;
    });
    const shown = await b.until(() => document.getElementById('second').shadowRoot?.querySelector('.se-title'));
    const s = await b.run(() => ({
      first: document.getElementById('first').firstElementChild.getClientRects().length > 0,
      second: document.getElementById('second').shadowRoot?.querySelector('.se-title')?.textContent ?? null,
    }));
    const p = [];
    if (!failed) p.push('the first fetch did not fail with a clear 503');
    if (!s.first) p.push('the first widget lost its fallback');
    if (!shown || s.second !== 'Synthetic rail strike (test data)') p.push(`the second widget: ${JSON.stringify(s)}`);
    return p;
  },

  async 'the wasm answering 404 leaves the fallback'(b) {
    await b.goto('/pages/broken.html');
    const failed = await b.until(() => window.__probe.errors.some((e) => e.includes('strike-explainer: could not load')));
    const s = await b.run(state);
    const p = common(s, { errors: ['strike-explainer: could not load', '404', 'Not Found', 'WebAssembly', 'wasm'] });
    if (!failed) p.push('no clear console error about the failed load');
    if (s.widgets[0].shadow || !s.widgets[0].fallbackVisible) p.push(`the fallback is gone: ${JSON.stringify(s.widgets[0])}`);
    return p;
  },

  async 'lazy: the wasm is fetched only when the widget comes near'(b) {
    await b.goto('/pages/lazy.html');
    await b.until(() => document.readyState === 'complete');
    // Two frames after load, the loader's visibility observer has reported at least once.
    await b.until(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    const before = await b.run(state);
    const p = common(before);
    if (before.resources.some((u) => u.endsWith('.wasm') || u.includes('/pkg/strike-explainer-'))) p.push('the bundle was fetched while the widget was three screens away');
    await b.run(() => document.getElementById('w1').scrollIntoView() || true);
    if (!(await b.until(mounted, ['w1']))) p.push('the widget did not mount when scrolled to');
    return p;
  },

  // ---- issue #8: a long-lived page, misuse and failed loads ----------------------------------

  async 'misuse: bad arguments reject with named TypeErrors; the page and its widgets keep working'(b) {
    await b.goto('/pages/misuse.html');
    if (!(await b.until(mounted, ['w1', 'huge']))) return ['the widgets did not mount', ...common(await b.run(state))];
    await b.run(() => {
      const div = () => document.body.appendChild(document.createElement('div'));
      const calls = [
        ['null', () => StrikeExplainer.mount(null)],
        ['nothing', () => StrikeExplainer.mount()],
        ['a selector', () => StrikeExplainer.mount('#slot')],
        ['a text node', () => StrikeExplainer.mount(document.createTextNode('x'))],
        ['options not an object', () => StrikeExplainer.mount(div(), 'wales')],
        ['a throwing getter', () => StrikeExplainer.mount(div(), { get role() { throw new Error('boom'); } })],
      ];
      window.__misuse = Promise.all(calls.map(([name, call]) => {
        let promise;
        try { promise = call(); } catch (e) { return `${name}: threw synchronously: ${e}`; }
        return promise.then(() => `${name}: resolved`, (e) => `${name}: ${e.name}: ${e.message}`);
      })).then((r) => (window.__misuseResults = r));
      // A value of the wrong type is ignored with a warning, and the widget mounts.
      window.__wrongType = StrikeExplainer.mount(div(), { region: 42, today: '2026-11-24' }).then((h) => (window.__wrongTypeHandle = h));
      return true;
    });
    const results = await b.until(() => window.__misuseResults && window.__wrongTypeHandle && window.__misuseResults);
    const s = await b.run(state);
    const p = common(s, { errors: ['strike-explainer: could not mount; keeping the fallback content. strike-explainer: mount(element): the element already has a shadow root of its own'] });
    const expected = ['null: TypeError: strike-explainer: mount(element): expected an HTML element, got null',
      'nothing: TypeError: strike-explainer: mount(element): expected an HTML element, got undefined',
      'a selector: TypeError: strike-explainer: mount(element): expected an HTML element, got the string "#slot"',
      'a text node: TypeError: strike-explainer: mount(element): expected an HTML element, got a text node',
      'options not an object: TypeError: strike-explainer: mount(element, options): options must be an object',
      'a throwing getter: TypeError: strike-explainer: mount(element, options): options.role could not be read'];
    (results ?? []).forEach((r, i) => { if (!r.startsWith(expected[i])) p.push(`got ${r}\n    expected ${expected[i]}…`); });
    if (!s.probe.warnings.some((w) => w.startsWith('strike-explainer: ignoring mount option region: expected a string, got a value of type number'))) p.push(`no warning naming the option: ${s.probe.warnings}`);
    const huge = s.probe.warnings.find((w) => w.includes('data-theme='));
    if (!huge || huge.length > 300) p.push(`the 100 KB attribute's warning is ${huge?.length} characters long`);
    if (s.resources.some((u) => u.includes('/broken-pkg/'))) p.push('a placeholder\'s data-base chose where the widget was loaded from');
    const owned = await b.run(() => ({ text: document.getElementById('owned').shadowRoot.textContent, mounted: document.getElementById('owned').hasAttribute('data-se-mounted') }));
    if (owned.text !== "the host's own" || owned.mounted) p.push(`the host's own shadow root was touched: ${JSON.stringify(owned)}`);
    if (!s.probe.errors.some((e) => e.includes('a shadow root of its own'))) p.push('no error about the shadow root');
    await b.run(choose, 'w1', 0, 'wales');
    if (!(await b.until(() => document.getElementById('w1').shadowRoot.querySelectorAll('.se-day').length === 5))) p.push('the first widget stopped answering');
    return p;
  },

  async 'handles: free() and Symbol.dispose unmount, and unmount() after them is harmless'(b) {
    await b.goto('/pages/api.html');
    await b.run(() => {
      const make = () => { const el = document.body.appendChild(document.createElement('div')); el.innerHTML = '<p>Fallback</p>'; return el; };
      const a = make();
      const c = make();
      const count = () => [a, c].map((el) => el.shadowRoot.querySelectorAll('.se-root').length);
      Promise.all([StrikeExplainer.mount(a, { today: '2026-11-24' }), StrikeExplainer.mount(c, { today: '2026-11-24' })]).then(([ha, hc]) => {
        const before = count();
        ha.free();
        hc[Symbol.dispose]();
        const errors = [];
        for (const h of [ha, hc]) { try { h.unmount(); h.free(); } catch (e) { errors.push(String(e)); } }
        window.__disposed = { before, after: count(), errors, fallback: a.firstElementChild.getClientRects().length > 0 };
      }, (e) => (window.__disposed = String(e)));
      return true;
    });
    const r = await b.until(() => window.__disposed);
    const p = common(await b.run(state));
    if (r?.before?.join() !== '1,1' || r.after.join() !== '0,0' || r.errors.length || !r.fallback) p.push(`handles: ${JSON.stringify(r)}`);
    return p;
  },

  async 'a placeholder detached while the wasm loads mounts when put back'(b) {
    control.held.length = 0;
    await b.goto('/pages/slow.html');
    // Once the server holds the wasm request (the glue runs first, so it may come after the
    // page's load), take the placeholder out meanwhile.
    for (let i = 0; i < 400 && control.held.length === 0; i++) await new Promise((tick) => setTimeout(tick, 25));
    if (control.held.length === 0) return ['the page never asked for the wasm'];
    await b.run(() => { window.__kept = document.getElementById('w1'); window.__kept.remove(); return true; });
    control.releaseWasm();
    // The load completes (mount() of a fresh element resolves), with the placeholder still out.
    await b.run(() => { StrikeExplainer.mount(document.body.appendChild(document.createElement('div')), { today: '2026-11-24' }).then(() => (window.__loaded = true)); return true; });
    const loaded = await b.until(() => window.__loaded);
    control.releaseWasm();
    await b.run(() => document.body.appendChild(window.__kept) && true);
    const p = [];
    if (!loaded) p.push('the slow wasm never loaded');
    if (!(await b.until(mounted, ['w1']))) p.push('the placeholder put back was never mounted');
    const s = await b.run(state);
    p.push(...common(s));
    if (s.widgets[0]?.headline !== WALES_OVER) p.push(`answer: ${s.widgets[0]?.headline}`);
    return p;
  },

  async 'a failed load is retried: 503 for the glue, then the wasm, then recovery'(b) {
    control.fail.glue = 1;
    control.fail.wasm = 1;
    const from = control.requests.length;
    await b.goto('/pages/flaky.html');
    const p = [];
    if (!(await b.until(() => window.__probe.errors.some((e) => e.includes('strike-explainer: could not load'))))) p.push('no console error for the failed load');
    // A new placeholder asks again: the glue is fetched afresh, the wasm fails once more, then
    // a third attempt (after the backoff) succeeds and both placeholders mount.
    await b.run(() => {
      const el = document.createElement('div');
      el.id = 'w2';
      el.setAttribute('data-strike-explainer', '');
      el.setAttribute('data-load', 'eager');
      el.setAttribute('data-today', '2026-11-24');
      el.setAttribute('data-region', 'wales');
      document.body.appendChild(el);
      return true;
    });
    if (!(await b.until(mounted, ['w1', 'w2']))) p.push('the widgets did not mount after the server recovered');
    const s = await b.run(state);
    p.push(...common(s, { errors: ['strike-explainer: could not load', '503', 'Service Unavailable', 'WebAssembly', 'wasm', 'module script', 'dynamically imported module', 'Failed to fetch', 'error loading'] }));
    const ours = s.probe.errors.filter((e) => e.startsWith('strike-explainer:'));
    if (ours.length !== 1) p.push(`the console should say once what failed: ${JSON.stringify(ours)}`);
    const asked = control.requests.slice(from).filter((r) => r.startsWith('/flaky-pkg/strike-explainer-')).map((r) => r.replace(/-[0-9a-f]{16}/, ''));
    const want = ['/flaky-pkg/strike-explainer.js', '/flaky-pkg/strike-explainer.js', '/flaky-pkg/strike-explainer.wasm', '/flaky-pkg/strike-explainer.wasm'];
    if (JSON.stringify(asked) !== JSON.stringify(want)) p.push(`requests: ${JSON.stringify(asked)}`);
    if (s.widgets.map((w) => w.headline).join(' / ') !== `${ENGLAND_OVER} / ${WALES_OVER}`) p.push(`answers: ${s.widgets.map((w) => w.headline)}`);
    return p;
  },

  async 'no currentScript (the loader run through import()): it finds its own files'(b) {
    return answers(b, '/pages/imported.html', 'w1', ENGLAND_OVER);
  },

  async 'data-base: the loader served away from its files'(b) {
    return answers(b, '/pages/elsewhere.html', 'w1', WALES_OVER);
  },

  async 'a removed placeholder is released; a moved one keeps its widget and choice'(b) {
    await b.goto('/pages/lifecycle.html');
    if (!(await b.until(mounted, ['w1', 'w2']))) return ['the widgets did not mount'];
    await b.run(choose, 'w1', 0, 'wales');
    // w1 moves to another section a frame after leaving; w2 leaves for good.
    await b.run(() => {
      window.__w2 = document.getElementById('w2');
      window.__w2.remove();
      const w1 = document.getElementById('w1');
      w1.remove();
      requestAnimationFrame(() => document.getElementById('c').appendChild(w1));
      return true;
    });
    const released = await b.until(() => !window.__w2.hasAttribute('data-se-mounted') && window.__w2.shadowRoot.querySelectorAll('.se-root').length === 0);
    const p = [];
    if (!released) p.push('the removed widget was never released');
    const moved = await b.run(() => {
      const w1 = document.getElementById('w1');
      return { parent: w1.parentElement.id, region: w1.shadowRoot.querySelector('.se-root')?.dataset.region, days: w1.shadowRoot.querySelectorAll('.se-day').length };
    });
    if (moved.parent !== 'c' || moved.region !== 'wales' || moved.days !== 5) p.push(`the moved widget: ${JSON.stringify(moved)}`);
    // Put back, the released placeholder mounts again.
    await b.run(() => document.getElementById('b').appendChild(window.__w2) && true);
    if (!(await b.until(mounted, ['w2']))) p.push('the placeholder put back was not mounted again');
    p.push(...common(await b.run(state)));
    return p;
  },

  async 'a copy of a mounted placeholder (cloned HTML, a restored snapshot) is mounted too'(b) {
    await b.goto('/pages/lifecycle.html');
    if (!(await b.until(mounted, ['w1']))) return ['the widget did not mount'];
    await b.run(() => {
      const copy = document.getElementById('w1').cloneNode(true);
      copy.id = 'copy';
      document.getElementById('c').appendChild(copy);
      return true;
    });
    const p = [];
    if (!(await b.until(mounted, ['copy']))) p.push('the copy, carrying data-se-mounted but no widget, was never mounted');
    p.push(...common(await b.run(state)));
    return p;
  },

  async 'stop() removes every widget and stops watching; scan() starts again'(b) {
    await b.goto('/pages/lifecycle.html');
    if (!(await b.until(mounted, ['w1', 'w2']))) return ['the widgets did not mount'];
    const stopped = await b.run(() => {
      StrikeExplainer.stop();
      const el = document.createElement('div');
      el.id = 'w3';
      el.setAttribute('data-strike-explainer', '');
      el.setAttribute('data-load', 'eager');
      document.getElementById('c').appendChild(el);
      return ['w1', 'w2'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('.se-root').length + (document.getElementById(id).firstElementChild.getClientRects().length ? ' fallback' : ''));
    });
    const p = [];
    if (stopped.join() !== '0 fallback,0 fallback') p.push(`after stop(): ${stopped}`);
    await b.run(() => StrikeExplainer.scan() || true);
    if (!(await b.until(mounted, ['w1', 'w2', 'w3']))) p.push('scan() after stop() did not mount every placeholder');
    p.push(...common(await b.run(state)));
    return p;
  },
};

// ---- run -----------------------------------------------------------------------------------

const only = process.argv[2];
let failures = 0;
let passed = 0;
for (const name of Object.keys(browsers).filter((n) => !only || n === only)) {
  const b = await startDriver(name);
  try {
    for (const [title, run] of Object.entries(cases)) {
      let problems;
      try {
        // Each case starts as a first visit: nothing remembered from the one before.
        await b.goto('/pages/blank.html');
        await b.run(() => localStorage.clear() || true);
        problems = await run(b);
      } catch (e) {
        problems = [String(e)];
      }
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
control.releaseWasm();
control.releaseIndex();
close();
console.log(`embed: ${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
