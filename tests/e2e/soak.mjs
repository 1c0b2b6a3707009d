// A long run, by hand (not in the test command): an endless news feed (pages/soak.html) adds an
// article with a widget every half second and removes the oldest, while a reader changes choices,
// for several minutes in headless Chromium. Every 15 seconds it prints, after a forced garbage
// collection, the articles added so far, the widgets alive, DOM nodes, event listeners, JS heap,
// wasm memory and pending long timers, so a leak shows as a column that keeps growing. Issue #8.
//   node tests/e2e/soak.mjs [minutes, default 5]      (after scripts/pkg)
import { serve } from './server.mjs';
import { launch, measure, mb } from './chromium.mjs';

const minutes = Number(process.argv[2] ?? 5);
const { origin, close } = await serve();
const { browser, page, cdp } = await launch();
const columns = ['time', 'added', 'live', 'choices', 'nodes', 'listeners', 'heap', 'wasm', 'timers'];
const line = (cells) => console.log(cells.map((c, i) => String(c).padStart(i ? 9 : 6)).join(' '));
const rows = [];
try {
  await page.goto(`${origin}/pages/soak.html`);
  await page.waitForFunction(() => document.getElementById('first')?.shadowRoot?.querySelector('.se-answer > *'), null, { timeout: 60000 });
  await page.evaluate(() => window.__soakStart());
  line(columns);
  const started = Date.now();
  for (;;) {
    const m = await measure(page, cdp);
    const s = await page.evaluate(() => ({ ...window.__soak, live: document.querySelectorAll('[data-se-mounted]').length, errors: window.__probe.errors.length }));
    const secs = Math.round((Date.now() - started) / 1000);
    rows.push({ ...m, ...s });
    line([`${secs}s`, s.added, s.live, s.choices, m.nodes, m.listeners, mb(m.heap), mb(m.wasm), m.timers]);
    if (s.errors) console.log(`console errors: ${(await page.evaluate(() => window.__probe.errors.slice(0, 3))).join(' | ')}`);
    if (secs >= minutes * 60) break;
    // The page works on by itself meanwhile; this only paces the report.
    await new Promise((r) => setTimeout(r, 15000));
  }
} finally {
  await browser.close();
  close();
}
const [first, last] = [rows[1] ?? rows[0], rows.at(-1)];
console.log(`soak: ${last.added} articles added and removed; from the first report to the last, nodes ${first.nodes} → ${last.nodes}, ` +
  `listeners ${first.listeners} → ${last.listeners}, heap ${mb(first.heap)} → ${mb(last.heap)}, wasm ${mb(first.wasm)} → ${mb(last.wasm)}`);
