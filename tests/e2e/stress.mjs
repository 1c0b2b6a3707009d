// The embed bundle (pkg/) under a long-lived host page's load, in headless Chromium: thousands of
// bad API calls followed by a working widget; 100 placeholders added and removed, with DOM nodes,
// event listeners, JS heap, wasm memory and pending timers measured after a forced garbage
// collection (DevTools protocol) before and after; 50 instances on one page. Prints its figures.
// Issue #8. Run by scripts/test; alone: `node tests/e2e/stress.mjs` (after scripts/pkg).
// `PKG_DIR=/path/to/other/pkg node tests/e2e/stress.mjs` measures another build the same way.
//
// Waiting is always for a condition (page.waitForFunction polls in the page); no fixed sleeps.
import { serve } from './server.mjs';
import { launch, measure, mb } from './chromium.mjs';

const { origin, close } = await serve();
const { browser, page, cdp } = await launch();
const problems = [];
const figures = [];
const wait = (fn, arg, timeout = 60000) => page.waitForFunction(fn, arg, { timeout, polling: 'raf' });
// Chooses the area of widget `id` as a reader does: a preset area shows as "School area: … ·
// Change", and "Change" brings back the list.
const chooseArea = async (id, key) => {
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('#se-where-change')?.click(), id);
  await wait((id) => document.getElementById(id).shadowRoot.querySelector('#se-region'), id);
  await page.evaluate(([id, key]) => {
    const select = document.getElementById(id).shadowRoot.querySelector('#se-region');
    select.value = key;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, [id, key]);
};
const mountedIn = (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('.se-answer > *'));

try {
  await page.goto(`${origin}/pages/stress.html`);
  await wait(mountedIn, '#first');

  // ---- 1. Misuse: 8 × 3,000 bad calls, then the widget mounted before them still answers ----
  const BAD = 3000;
  let t = performance.now();
  const misuse = await page.evaluate(async (n) => {
    const text = document.createTextNode('x');
    const div = document.createElement('div');
    const throwing = { get region() { throw new Error('boom'); } };
    // Values that pass an instanceof check but are not real elements, an element of another
    // document, options that throw however they are read, and a host with a closed shadow root.
    const fake = Object.create(HTMLElement.prototype);
    const proxied = new Proxy(document.createElement('div'), {});
    const foreign = document.createElement('template').content.appendChild(document.createElement('div'));
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const closed = document.createElement('div');
    closed.attachShadow({ mode: 'closed' });
    const calls = [() => StrikeExplainer.mount(text), () => StrikeExplainer.mount(div, throwing), () => StrikeExplainer.mount('#slot'),
      () => StrikeExplainer.mount(fake), () => StrikeExplainer.mount(proxied), () => StrikeExplainer.mount(foreign),
      () => StrikeExplainer.mount(div, revoked.proxy), () => StrikeExplainer.mount(closed)];
    const seen = {};
    for (let i = 0; i < n; i++) {
      for (const call of calls) {
        let outcome;
        try {
          await call();
          outcome = 'resolved';
        } catch (e) {
          outcome = e instanceof TypeError && e.message.startsWith('strike-explainer: ') ? 'TypeError strike-explainer: …' : String(e).slice(0, 120);
        }
        seen[outcome] = (seen[outcome] ?? 0) + 1;
      }
    }
    return seen;
  }, BAD);
  const misuseMs = performance.now() - t;
  if (Object.keys(misuse).length !== 1 || misuse['TypeError strike-explainer: …'] !== 8 * BAD) problems.push(`bad calls: ${JSON.stringify(misuse)}`);
  await chooseArea('first', 'wales');
  try {
    await wait(() => document.getElementById('first').shadowRoot.querySelectorAll('.se-day').length === 5, null, 10000);
  } catch {
    problems.push('after the bad calls, the widget mounted before them no longer answers');
  }
  const fresh = await page.evaluate(() => StrikeExplainer.mount(document.body.appendChild(document.createElement('div')), { region: 'eastern' })
    .then((h) => h.element.shadowRoot.querySelectorAll('.se-day').length, (e) => String(e)));
  if (fresh !== 8) problems.push(`after the bad calls, a new widget: ${fresh}`);
  figures.push(`bad API calls: ${8 * BAD} in ${Math.round(misuseMs)} ms, answered ${JSON.stringify(misuse)}`);

  // ---- 2. 100 placeholders added and removed, ten articles at a time; then 100 more ----------
  // Removed widgets are released after a grace period, so within a round up to all hundred are
  // alive at once: the first round sets the wasm memory's high-water mark (it never shrinks),
  // and the second must fit in it. A leak shows as growth in every round.
  async function round() {
    const t = performance.now();
    for (let batch = 0; batch < 10; batch++) {
      await page.evaluate((batch) => {
        const feed = document.getElementById('feed');
        for (let i = 0; i < 10; i++) {
          const a = feed.appendChild(document.createElement('article'));
          a.innerHTML = `<h2>Story ${batch * 10 + i}</h2><div data-strike-explainer data-region="${i % 2 ? 'london' : 'wales'}"><p>Fallback</p></div>`;
        }
      }, batch);
      await wait(mountedIn, '#feed [data-strike-explainer]');
      await page.evaluate(() => {
        window.__gone = window.__gone ?? [];
        for (const el of document.querySelectorAll('#feed [data-strike-explainer]')) {
          const role = el.shadowRoot.querySelector('#se-role');
          role.value = 'teacher-neu';
          role.dispatchEvent(new Event('change', { bubbles: true }));
          window.__gone.push(el);
        }
        document.getElementById('feed').replaceChildren();
      });
    }
    let released = true;
    try {
      await wait(() => window.__gone.every((el) => !el.hasAttribute('data-se-mounted')), null, 20000);
    } catch {
      released = false;
    }
    const ms = performance.now() - t;
    await page.evaluate(() => { window.__gone = null; });
    return { ...(await measure(page, cdp)), ms, released };
  }
  const before = await measure(page, cdp);
  const first = await round();
  const second = await round();
  const row = (name, fmt = String) => `  ${name.padEnd(10)} ${[before, first, second].map((m) => fmt(m[name]).padStart(13)).join('')}`;
  figures.push('100 placeholders added and removed, twice; after a forced GC:',
    `  ${''.padEnd(10)} ${['before', 'after 100', 'after 200'].map((h) => h.padStart(13)).join('')}`,
    row('nodes'), row('listeners'), row('heap', mb), row('wasm', mb), row('timers'),
    `  each round took ${Math.round(first.ms)} and ${Math.round(second.ms)} ms`);
  for (const [name, after] of [['first', first], ['second', second]]) {
    if (!after.released) problems.push(`in the ${name} round, removed placeholders were never released`);
    // One widget is about 2,000 nodes: a leak of even one in the hundred shows.
    if (after.nodes - before.nodes > 1000) problems.push(`after the ${name} round, DOM nodes grew from ${before.nodes} to ${after.nodes}`);
    if (after.listeners - before.listeners > 50) problems.push(`after the ${name} round, event listeners grew from ${before.listeners} to ${after.listeners}`);
    if (after.timers > before.timers) problems.push(`after the ${name} round, pending long timers grew from ${before.timers} to ${after.timers}`);
  }
  if (second.heap - before.heap > 4 * 1048576) problems.push(`the JS heap grew from ${mb(before.heap)} to ${mb(second.heap)}`);
  if (second.wasm - first.wasm > 1048576) problems.push(`wasm memory grew again in the second round, from ${mb(first.wasm)} to ${mb(second.wasm)}`);

  // ---- 3. 50 instances on one page ---------------------------------------------------------
  t = performance.now();
  await page.evaluate(() => {
    const feed = document.getElementById('feed');
    for (let i = 0; i < 50; i++) feed.insertAdjacentHTML('beforeend', `<div id="n${i}" data-strike-explainer data-region="london" data-role="parent"><p>Fallback</p></div>`);
  });
  await wait(mountedIn, '#feed [data-strike-explainer]');
  const fiftyMs = performance.now() - t;
  await page.evaluate(() => { window.__probe.events = []; });
  await chooseArea('n25', 'scotland');
  await wait(() => document.getElementById('n25').shadowRoot.querySelectorAll('.se-day').length === 0, null, 10000);
  const fifty = await page.evaluate(() => ({
    london: [...document.querySelectorAll('#feed [data-strike-explainer]')].filter((el) => el.shadowRoot.querySelector('.se-root').dataset.region === 'london').length,
    events: window.__probe.events,
  }));
  if (fifty.london !== 49 || JSON.stringify(fifty.events) !== JSON.stringify(['n25 {"region":"scotland","role":"parent","council":null}'])) problems.push(`50 instances: ${JSON.stringify(fifty)}`);
  const fiftyNodes = await measure(page, cdp);
  figures.push(`50 instances: all mounted in ${Math.round(fiftyMs)} ms; ${fiftyNodes.nodes} DOM nodes, wasm ${mb(fiftyNodes.wasm)}; a choice in one changes only that one`);

  const probe = await page.evaluate(() => window.__probe);
  if (probe.errors.length) problems.push(`console errors: ${probe.errors.slice(0, 5).join(' | ')}`);
} catch (e) {
  problems.push(String(e));
} finally {
  await browser.close();
  close();
}

console.log(figures.join('\n'));
for (const p of problems) console.log(`FAIL ${p}`);
console.log(`stress: ${problems.length ? 'failed' : 'ok'}`);
process.exit(problems.length ? 1 : 0);
