// The benchmark of issue #13 (run by scripts/bench, which builds pkg/ and the floor first; not part
// of the test command): the widget (pkg/) against the floor (the smallest Leptos 0.8 CSR app, built
// the same way) and a static page, in headless Chromium through playwright-core. It measures
//   bytes        each shipped file raw, gzip and brotli, and the totals (bench/sizes.mjs);
//   ready        navigation and loader start to interactive, at CPU ×1 and ×4, interleaved loads;
//   re-answer    a region or role change to the updated DOM, over many changes;
//   20 at once   total mount time and memory of 20 widgets on one page;
//   CLS          layout shift while the widget loads, and the space the stylesheet reserves;
// prints a markdown table with the machine and date, the issue's targets beside the figures, and
// writes it to docs/benchmark.md. "Interactive" is one definition for all three pages: the area
// <select> (#se-region in the widget's shadow root, #floor-area, #static-area) is in the document
// and not disabled, seen by a MutationObserver (so at the end of the task that rendered it).
// It only measures: it must not build anything, and it asserts nothing (tests/budget.mjs does).
// BENCH_TRACE=1 names each page load on stderr.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sizes, unhashed, kb } from './sizes.mjs';
import { BUDGET, TARGETS, FLOOR_BROTLI, FETCHED_LATER } from './budget.mjs';
import { measure, mb } from '../tests/e2e/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromium } = createRequire(join(root, 'tools/package.json'))('playwright-core');
const { values: opts } = parseArgs({
  options: {
    floor: { type: 'string' },
    'pre-opt': { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'docs/benchmark.md') },
  },
});
if (!opts.floor) throw new Error('bench: --floor <dir> (the built floor app) is required; run scripts/bench');
const LOADS = opts.quick ? 5 : 21; // per page and CPU rate
const CHANGES = opts.quick ? 40 : 200;
const RATES = [1, 4];
const TODAY = '2026-11-24'; // a fixed date: the same first render on every run

// ---- bytes -------------------------------------------------------------------------------------

const pkgDir = join(root, 'pkg');
const widgetSizes = sizes(pkgDir);
const floorSizes = sizes(opts.floor);
const brotliOf = new Map([...widgetSizes.files.map((f) => [`/pkg/${f.name}`, f.brotli]), ...floorSizes.files.map((f) => [`/floor/${f.name}`, f.brotli])]);

// ---- pages -------------------------------------------------------------------------------------

// Records when the page is interactive (see the opening comment) and its layout shifts. Added to
// every page before its own scripts run; it patches attachShadow to watch the widget's roots.
const PROBE = `(() => {
  const want = () => Number(document.documentElement.dataset.want || 1);
  const b = (window.__bench = { ready: null, cls: 0, roots: [] });
  let resolve;
  b.done = new Promise((r) => (resolve = r));
  const SEL = '#se-region, #floor-area, #static-area';
  const ready = (r) => { const s = r.querySelector(SEL); return !!s && !s.disabled && s.isConnected; };
  const check = () => {
    if (b.ready !== null || !document.documentElement) return;
    if ([document, ...b.roots].filter(ready).length >= want()) { b.ready = performance.now(); resolve(b.ready); }
  };
  const watch = (node) => new MutationObserver(check).observe(node, { childList: true, subtree: true, attributes: true });
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    b.roots.push(r);
    watch(r);
    return r;
  };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { if (!e.hadRecentInput) b.cls += e.value; }))
    .observe({ type: 'layout-shift', buffered: true });
})();`;

// A plain article, as tests/e2e/pages/host.css styles one: a 700 px column, 18 px Georgia.
const HOST_CSS = 'body{margin:0;font:18px/1.6 Georgia,serif;color:#111}main{max-width:700px;margin:0 auto;padding:1em}';
const AFTER = '<p>An ordinary paragraph after the widget, which must not move when it appears.</p>'.repeat(6);
const article = ({ title, head = '', body, tail = '', want = 1, lang = 'en-GB' }) => `<!doctype html>
<html lang="${lang}" data-want="${want}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"><style>${HOST_CSS}</style>${head}</head>
<body><main><h1>Teachers strike again</h1><p>An ordinary article paragraph before the widget.</p>${body}${AFTER}</main>${tail}</body></html>`;
const placeholder = (attrs = '') => `<div data-strike-explainer data-today="${TODAY}"${attrs}><p>Which strike days affected your school? <a href="https://example.org/">Read our coverage</a>.</p></div>`;
const LOADER = '<script>performance.mark("start")</script><script src="/pkg/strike-explainer.js"></script>';
const STYLESHEET = '<link rel="stylesheet" href="/pkg/strike-explainer.css">';

const pages = {
  static: () => article({ title: 'Static', body: '<label for="static-area">Area</label> <select id="static-area"><option>Wales</option><option>London</option></select><p>You chose Wales.</p>' }),
  // The floor mounts into the body when its wasm starts, as a small app would.
  floor: () => article({ title: 'Floor', body: '', tail: '<script>performance.mark("start");import("/floor/floor.js").then((m) => m.default({ module_or_path: "/floor/floor.wasm" }));</script>' }),
  widget: (q) => article({ title: 'Widget', head: STYLESHEET, body: placeholder(q.get('lang') ? ` data-lang="${q.get('lang')}"` : ''), tail: LOADER }),
  many: (q) => {
    const n = Number(q.get('n'));
    return article({ title: `${n} widgets`, head: STYLESHEET, want: n, body: Array.from({ length: n }, () => placeholder(' data-load="eager"')).join('\n'), tail: LOADER });
  },
  // Placeholders of several widths and languages, mounted by the page's own calls (reserve()).
  blank: () => article({ title: 'Blank', head: STYLESHEET, body: '', tail: '<script src="/pkg/strike-explainer.js"></script>', want: 0 }),
};

const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = normalize(decodeURIComponent(url.pathname));
  const headers = { 'cache-control': 'no-store' };
  try {
    const [, prefix, rest] = path.match(/^\/([a-z]+)\/(.*)$/) ?? [];
    if (prefix === 'pages' && pages[rest]) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(pages[rest](url.searchParams));
      return;
    }
    const dir = prefix === 'pkg' ? pkgDir : prefix === 'floor' ? opts.floor : null;
    if (!dir || rest.includes('..')) throw new Error('not ours');
    const body = await readFile(join(dir, rest));
    res.writeHead(200, { ...headers, 'content-type': types[extname(rest)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- statistics --------------------------------------------------------------------------------

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = q * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};
const ms = (x) => (x === undefined || Number.isNaN(x) ? '—' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
const verdict = (ok) => (ok ? 'pass' : '**miss**');

// ---- the browser -------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Opens `path` at CPU `rate` in a fresh context (a first visit: no cache, nothing stored, so
 * no remembered choice), waits until it is interactive; `then(page, cdp)` runs before the page
 * is closed. Resolves to what the probe saw. */
async function load(path, { rate = 1, viewport = { width: 1280, height: 900 }, then } = {}) {
  if (process.env.BENCH_TRACE) console.error(`load ${path} ×${rate}`);
  const context = await browser.newContext({ viewport });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.goto(origin + path, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench, null, { timeout: 30000 });
    await page.evaluate(() => window.__bench.done);
    // Two frames after interactive: any shift the first render causes has been reported.
    const seen = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const b = window.__bench;
      const start = performance.getEntriesByName('start')[0]?.startTime;
      const fetched = performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, end: e.responseEnd }));
      r({ ready: b.ready, start, cls: b.cls, fetched });
    }))));
    const extra = then ? await then(page, cdp) : undefined;
    return { ...seen, extra };
  } finally {
    await context.close();
  }
}

// ---- ready -------------------------------------------------------------------------------------

const KINDS = ['static', 'floor', 'widget'];
const ready = {}; // kind → rate → { nav: [], script: [] }
let before = {}; // kind → [paths fetched before interactive]
let clsMax = 0;
for (const kind of KINDS) await load(`/pages/${kind}`); // warm-up, not counted
for (const rate of RATES) {
  for (let i = 0; i < LOADS; i++) {
    // Interleaved, each round in a rotated order, so drift in the machine's load hits all three.
    for (let k = 0; k < KINDS.length; k++) {
      const kind = KINDS[(i + k) % KINDS.length];
      const r = await load(`/pages/${kind}`, { rate });
      const slot = ((ready[kind] ??= {})[rate] ??= { nav: [], script: [] });
      slot.nav.push(r.ready);
      if (r.start !== undefined) slot.script.push(r.ready - r.start);
      before[kind] = r.fetched.filter((f) => f.end <= r.ready && brotliOf.has(f.path)).map((f) => f.path);
      if (kind === 'widget') clsMax = Math.max(clsMax, r.cls);
    }
  }
}
const bytesBefore = (kind) => before[kind].reduce((n, p) => n + brotliOf.get(p), 0);
const fetchedLaterSeen = widgetSizes.files.filter((f) => !before.widget.includes(`/pkg/${f.name}`)).map((f) => f.name);
const fetchedLaterListed = widgetSizes.files.filter((f) => FETCHED_LATER.some((re) => re.test(f.name))).map((f) => f.name);

// ---- re-answer ---------------------------------------------------------------------------------

const reanswer = (await load('/pages/widget', {
  then: (page) => page.evaluate(async (n) => {
    const host = document.querySelector('[data-strike-explainer]');
    const root = host.shadowRoot;
    const values = (id) => [...root.getElementById(id).options].map((o) => o.value).filter(Boolean);
    const lists = { 'se-region': values('se-region'), 'se-role': values('se-role') };
    // After the change event's own task, every microtask (Leptos's effects among them) has run.
    const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let records = 0;
    const observer = new MutationObserver((list) => (records += list.length));
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const dom = [];
    const layout = [];
    let wrong = 0;
    let late = 0;
    for (let i = 0; i < n; i++) {
      const id = i % 2 === 0 ? 'se-region' : 'se-role';
      if (!root.getElementById(id)) {
        root.getElementById('se-where-change')?.click();
        await nextTask();
      }
      const select = root.getElementById(id);
      const list = lists[id];
      const value = list[Math.floor(i / 2) % list.length];
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await nextTask();
      const t1 = performance.now();
      host.getBoundingClientRect(); // style and layout of what changed
      const t2 = performance.now();
      dom.push(t1 - t0);
      layout.push(t2 - t0);
      if (id === 'se-region' && root.querySelector('.se-root')?.dataset.region !== value) wrong += 1;
      const seen = records + observer.takeRecords().length;
      await frame();
      await nextTask();
      if (records + observer.takeRecords().length > seen) late += 1;
    }
    observer.disconnect();
    return { dom, layout, wrong, late };
  }, CHANGES),
})).extra;

// ---- 20 at once --------------------------------------------------------------------------------

const many = {};
for (const n of [1, 20]) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    runs.push(await load(`/pages/many?n=${n}`, { then: (page, cdp) => measure(page, cdp) }));
  }
  many[n] = {
    mount: quantile(runs.map((r) => r.ready - r.start), 0.5),
    heap: quantile(runs.map((r) => r.extra.heap), 0.5),
    wasm: quantile(runs.map((r) => r.extra.wasm), 0.5),
    nodes: quantile(runs.map((r) => r.extra.nodes), 0.5),
  };
}

// ---- reserved space and CLS on phones ----------------------------------------------------------

const FONTS = ['DejaVu Serif', 'Liberation Serif', 'DejaVu Sans', 'Liberation Sans'];
const reserved = (await load('/pages/blank', {
  then: (page) => page.evaluate(async ({ fonts, today }) => {
    const rows = [];
    for (const lang of ['en', 'cy']) {
      for (const width of [284, 360, 664]) {
        const heights = [];
        let reserve = 0;
        for (const font of fonts) {
          const el = document.createElement('div');
          el.setAttribute('data-strike-explainer', '');
          el.setAttribute('data-lang', lang);
          el.style.cssText = `width:${width}px;font-family:"${font}"`;
          document.querySelector('main').append(el);
          reserve = parseFloat(getComputedStyle(el, '::before').paddingTop);
          const handle = await window.StrikeExplainer.mount(el, { today });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          heights.push(el.shadowRoot.querySelector('.se-root').getBoundingClientRect().height);
          handle.unmount();
          el.remove();
        }
        rows.push({ lang, width, reserve, lo: Math.min(...heights), hi: Math.max(...heights) });
      }
    }
    return rows;
  }, { fonts: FONTS, today: TODAY }),
})).extra;
const phones = [];
for (const [width, height] of [[320, 640], [360, 780]]) {
  for (const lang of ['en', 'cy']) {
    const r = await load(`/pages/widget?lang=${lang}`, { viewport: { width, height } });
    phones.push({ width, lang, cls: r.cls });
    clsMax = Math.max(clsMax, r.cls);
  }
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---- the table ---------------------------------------------------------------------------------

const cpu = cpus()[0]?.model?.trim() ?? 'unknown';
const machine = execFileSync('uname', ['-m']).toString().trim();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD']).toString().trim();
  if (execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no']).toString().trim()) commit += ' (with uncommitted changes)';
} catch { /* not a git checkout */ }
const date = new Date().toISOString().slice(0, 10);

const sizeRows = (label, s) => [
  ...s.files.map((f) => `| ${label} | \`${unhashed(f.name)}\` | ${f.raw.toLocaleString('en-GB')} | ${f.gzip.toLocaleString('en-GB')} | ${f.brotli.toLocaleString('en-GB')} |`),
  `| ${label} | **total** | **${s.total.raw.toLocaleString('en-GB')}** | **${s.total.gzip.toLocaleString('en-GB')}** | **${s.total.brotli.toLocaleString('en-GB')}** |`,
];
const readyRow = (kind) => {
  const r = ready[kind];
  const cells = RATES.flatMap((rate) => [
    r[rate].script.length ? `${ms(quantile(r[rate].script, 0.5))} / ${ms(quantile(r[rate].script, 0.9))}` : '—',
    `${ms(quantile(r[rate].nav, 0.5))} / ${ms(quantile(r[rate].nav, 0.9))}`,
  ]);
  const bytes = kind === 'static' ? '—' : `${bytesBefore(kind).toLocaleString('en-GB')} (${before[kind].length} files)`;
  return `| ${kind} | ${bytes} | ${cells.join(' | ')} |`;
};
const floorReady4 = quantile(ready.floor[4].script, 0.5);
const widgetReady4 = quantile(ready.widget[4].script, 0.5);
const p95 = quantile(reanswer.dom, 0.95);
const targetRows = [
  ['total brotli bytes ≤ 3× the floor\'s', `${widgetSizes.total.brotli.toLocaleString('en-GB')} = ${ratio(widgetSizes.total.brotli, floorSizes.total.brotli)}`, widgetSizes.total.brotli <= 3 * floorSizes.total.brotli],
  ['bytes before interactive ≤ 2× the floor\'s', `${bytesBefore('widget').toLocaleString('en-GB')} = ${ratio(bytesBefore('widget'), bytesBefore('floor'))}`, bytesBefore('widget') <= 2 * bytesBefore('floor')],
  ['ready at CPU ×4 ≤ 1.3× the floor\'s (medians, loader start)', `${ms(widgetReady4)} = ${ratio(widgetReady4, floorReady4)}`, widgetReady4 <= TARGETS.readyCpu4VsFloor * floorReady4],
  [`re-answer ≤ ${TARGETS.reanswerP95Ms} ms at p95`, ms(p95), p95 <= TARGETS.reanswerP95Ms],
  ['CLS 0 while loading', String(Number(clsMax.toFixed(4))), clsMax === TARGETS.cls],
];
const drift = floorSizes.total.brotli - FLOOR_BROTLI;

let twiggy = null;
if (opts['pre-opt']) {
  try {
    twiggy = execFileSync('twiggy', ['top', '-n', '20', opts['pre-opt']], { maxBuffer: 1 << 24 }).toString().trimEnd();
  } catch {
    twiggy = null;
  }
}
const preOpt = opts['pre-opt'] ? readFileSync(opts['pre-opt']).length : null;

const md = `# Benchmark: the widget against the floor

Written by \`scripts/bench\` (issue #13); do not edit by hand. Figures move between machines and
runs: compare the ratios, measured in one run.

Machine: ${machine}, ${cpu}, ${cpus().length} CPUs · ${date} · Chromium ${chromiumVersion} (headless, localhost, no cache) ·
commit ${commit}${opts.quick ? ' · **quick run: few samples, rough figures**' : ''}

The floor is \`bench/floor/\`: a Leptos 0.8 CSR app with one \`<select>\` and a text, built like
\`pkg/\` (release profile, wasm-bindgen ${'`'}--target web${'`'}, \`wasm-opt -Oz\`).

## Targets (issue #13)

| target | measured | |
| --- | --- | --- |
${targetRows.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`).join('\n')}

## Bytes

Each file a page fetches, in bytes: raw, gzip -9 and brotli -11.

| | file | raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
${[...sizeRows('widget', widgetSizes), ...sizeRows('floor', floorSizes)].join('\n')}

${preOpt ? `The widget's wasm before \`wasm-opt\`: ${preOpt.toLocaleString('en-GB')} bytes.\n\n` : ''}The test command's byte budget (\`bench/budget.mjs\`, checked by \`tests/budget.mjs\`): total
${BUDGET.totalBrotli.toLocaleString('en-GB')} and before interactive ${BUDGET.beforeInteractiveBrotli.toLocaleString('en-GB')} brotli bytes. The floor's recorded
brotli bytes there: ${FLOOR_BROTLI.toLocaleString('en-GB')}; measured now: ${floorSizes.total.brotli.toLocaleString('en-GB')} (${drift === 0 ? 'no drift' : `**drifted by ${drift > 0 ? '+' : ''}${drift}**: update FLOOR_BROTLI`}).
Files fetched only after interactive: ${fetchedLaterSeen.length ? fetchedLaterSeen.map(unhashed).join(', ') : 'none'}${JSON.stringify(fetchedLaterSeen) === JSON.stringify(fetchedLaterListed) ? ' (as FETCHED_LATER says)' : ` (**FETCHED_LATER lists ${fetchedLaterListed.map(unhashed).join(', ') || 'none'}**: update it)`}.

## Start-up

Interactive: the area \`<select>\` (the widget's \`#se-region\`, in its shadow root) is in the
document and not disabled. Times are median / p90 over ${LOADS} loads of each page, interleaved,
at 1280 × 900 (a 664 px column), each a fresh tab with no cache. "From loader" starts where the
page runs the loader (the widget) or its boot script (the floor); "from navigation" is the page's
time origin; the widget loads as it does by default, once its placeholder is near the viewport
(here at once). Bytes: brotli bytes of the files fetched before interactive.

| page | bytes before interactive | from loader, CPU ×1 | from navigation, ×1 | from loader, CPU ×4 | from navigation, ×4 |
| --- | ---: | ---: | ---: | ---: | ---: |
${KINDS.map(readyRow).join('\n')}

## Re-answer

${CHANGES} changes, region and role in turn, at CPU ×1: from the \`change\` event to the updated
DOM (the change's task and every microtask after it), and to the same plus style and layout.
${reanswer.wrong ? `**${reanswer.wrong} changes did not show the chosen area.** ` : ''}${reanswer.late ? `**${reanswer.late} changes updated the DOM after the measured point.**` : 'No change updated the DOM after the measured point.'}

| | median | p95 | max |
| --- | ---: | ---: | ---: |
| to the updated DOM | ${ms(quantile(reanswer.dom, 0.5))} | ${ms(p95)} | ${ms(Math.max(...reanswer.dom))} |
| and style and layout | ${ms(quantile(reanswer.layout, 0.5))} | ${ms(quantile(reanswer.layout, 0.95))} | ${ms(Math.max(...reanswer.layout))} |

## Many on one page

Placeholders loaded eagerly, nothing chosen, CPU ×1, median of 3 loads. Mount: loader start to
every widget interactive. Memory after a forced garbage collection.

| widgets | mount | JS heap | wasm memory | DOM nodes |
| ---: | ---: | ---: | ---: | ---: |
${[1, 20].map((n) => `| ${n} | ${ms(many[n].mount)} | ${mb(many[n].heap)} | ${mb(many[n].wasm)} | ${many[n].nodes} |`).join('\n')}

Each widget after the first: ${ms((many[20].mount - many[1].mount) / 19)} to mount, ${((many[20].heap - many[1].heap) / 19 / 1024).toFixed(0)} KB of JS heap, ${((many[20].nodes - many[1].nodes) / 19).toFixed(0)} DOM nodes.

## Layout shift and reserved space

Cumulative layout shift while the widget loads, with only \`strike-explainer.css\` reserving
space: at most ${Number(clsMax.toFixed(4))} over the ${LOADS * RATES.length} loads above; on phones: ${phones.map((p) => `${p.width} px ${p.lang} ${Number(p.cls.toFixed(4))}`).join(', ')}.

The space reserved against the first render with nothing chosen, by column width, over four
typefaces (${FONTS.join(', ')}): reserved − tallest must not be below 0 (or what is below moves).

| lang | column | reserved | first render | spare |
| --- | ---: | ---: | ---: | ---: |
${reserved.map((r) => `| ${r.lang} | ${r.width} px | ${Math.round(r.reserve)} px | ${Math.round(r.lo)}–${Math.round(r.hi)} px | ${Math.round(r.reserve - r.hi)}–${Math.round(r.reserve - r.lo)} px |`).join('\n')}
${twiggy ? `
## Top contributors

\`twiggy top -n 20\` on the widget's wasm before \`wasm-opt\` (it still has its names):

\`\`\`
${twiggy}
\`\`\`
` : `
(Install twiggy, \`cargo install twiggy --locked\`, to list the wasm's top contributors here.)
`}`;

console.log(md);
if (opts.quick) console.log(`(a quick run: ${opts.out} not written)`);
else {
  await writeFile(opts.out, md);
  console.log(`written to ${opts.out}`);
}
