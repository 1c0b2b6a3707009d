// The embed builder's snippets pasted into host pages (issue #22 item 5), as a newsroom gets them
// from the command (`cargo run --bin embed-builder`), in headless Chromium, with pkg/ (scripts/pkg)
// served by tests/e2e/server.mjs:
//   - the script snippet shows the widget with JavaScript, and with JavaScript disabled the
//     static facts (the same text as `--print static`);
//   - the iframe snippet, its frame on a second origin (a second server: another port), shows the
//     widget in the frame, and the host script resizes the frame to it;
//   - the AMP snippet's markup has what amp-iframe requires (resizable, the sandbox, an overflow
//     button, an https src, AMP's amp-iframe script). The AMP runtime itself is not loaded: a
//     test makes no third-party requests (each page's requests are checked to stay on the two
//     local origins).
// Run by scripts/test after scripts/pkg; alone: `node tests/e2e/snippets.mjs`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');

const { origin, control, close } = await serve();
// A second server, so the frame is on another origin (another port) than its host page.
const second = await serve();
const elsewhere = second.origin;
// The frame page's CSP lets only the pages the test server is told of frame it.
second.control.frameAncestors?.push(origin);
const choice = ['--dispute', 'neu-2023', '--region', 'london', '--role', 'parent', '--as-of', '2023-03-15'];
const builder = (...args) => execFileSync('cargo', ['run', '--quiet', '--bin', 'embed-builder', '--', ...args], { cwd: root, encoding: 'utf8' });
const snippet = {
  script: builder('--base', `${origin}/pkg/`, ...choice, '--print', 'script'),
  facts: builder('--base', `${origin}/pkg/`, ...choice, '--print', 'static'),
  iframe: builder('--base', `${elsewhere}/pkg/`, ...choice, '--print', 'iframe'),
  amp: builder('--base', 'https://cdn.example.org/strike-explainer/', ...choice, '--print', 'amp'),
};
const host = (title, body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,">
</head><body><main><h1>${title}</h1><p>An article paragraph.</p>
${body}
<p id="after">After the widget.</p></main></body></html>`;
const pages = {
  '/pages/snippet-script.html': host('Script snippet', snippet.script),
  '/pages/snippet-facts.html': host('The static facts alone', `<div id="facts">${snippet.facts}</div>`),
  '/pages/snippet-iframe.html': host('Iframe snippet', snippet.iframe),
};

Object.assign(control.pages, pages); // served by the test server, as a host's own pages

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
const requests = [];
const logged = [];

/** A browser context, its requests and console errors recorded. */
async function context(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  ctx.on('request', (r) => requests.push(r.url()));
  ctx.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  return ctx;
}
const text = (s) => s.replace(/\s+/g, ' ').trim();

try {
  // 1. The script snippet with JavaScript: the widget, starting with the preset reader's answer.
  const on = await context();
  const page = await on.newPage();
  page.on('pageerror', (e) => logged.push(String(e)));
  await page.goto(`${origin}/pages/snippet-script.html`);
  const headline = await page.waitForFunction(() =>
    document.querySelector('[data-strike-explainer]')?.shadowRoot?.querySelector('.se-headline__text')?.textContent, null, { timeout: 30000 });
  expect((await headline.jsonValue()).length > 0, 'the script snippet shows the widget with an answer');

  // 2. The same page with JavaScript disabled: the static facts, as `--print static` says them.
  const off = await context({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${origin}/pages/snippet-facts.html`);
  const facts = text(await still.locator('#facts').innerText());
  await still.goto(`${origin}/pages/snippet-script.html`);
  const shown = text(await still.locator('[data-strike-explainer]').innerText());
  expect(facts.length > 0 && shown === facts, `without JavaScript the placeholder shows the static facts:\n${shown}\n---\n${facts}`);
  expect(await still.locator('[data-strike-explainer]').isVisible(), 'the facts are visible');
  await off.close();

  // 3. The AMP snippet's markup: parsed (never run) in a page.
  const amp = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
    const el = doc.querySelector('amp-iframe');
    const sandbox = (el?.getAttribute('sandbox') ?? '').split(/\s+/);
    const overflow = el?.querySelector(':scope > [overflow]');
    return {
      script: doc.querySelector('script[custom-element="amp-iframe"]')?.getAttribute('src'),
      resizable: el?.hasAttribute('resizable'),
      sandbox: sandbox.includes('allow-scripts') && sandbox.includes('allow-same-origin'),
      layout: el?.getAttribute('layout'),
      height: Number(el?.getAttribute('height')),
      src: el?.getAttribute('src'),
      title: el?.getAttribute('title'),
      overflow: overflow ? { role: overflow.getAttribute('role'), tabindex: overflow.getAttribute('tabindex'), text: overflow.textContent } : null,
    };
  }, snippet.amp);
  expect(amp.script === 'https://cdn.ampproject.org/v0/amp-iframe-0.1.js', `AMP's amp-iframe script: ${amp.script}`);
  expect(amp.resizable && amp.sandbox && amp.layout === 'fixed-height' && amp.height > 0, `amp-iframe attributes: ${JSON.stringify(amp)}`);
  expect(amp.src?.startsWith('https://cdn.example.org/strike-explainer/strike-explainer-frame.html?dispute=neu-2023&region=london&role=parent'), `amp-iframe src: ${amp.src}`);
  expect(amp.title?.length > 0, 'amp-iframe has a title');
  expect(amp.overflow?.role === 'button' && amp.overflow.tabindex === '0' && amp.overflow.text.length > 0, `the overflow button: ${JSON.stringify(amp.overflow)}`);
  // 4. The iframe snippet: the frame (another origin) shows the widget, and is resized to it.
  const framed = await on.newPage();
  framed.on('pageerror', (e) => logged.push(String(e)));
  await framed.goto(`${origin}/pages/snippet-iframe.html`);
  await framed.waitForFunction(() => document.querySelector('iframe')?.src);
  const inFrame = framed.frames().find((f) => f.url().includes('/pkg/strike-explainer-frame.html?'));
  expect(inFrame && new URL(inFrame.url()).origin === elsewhere, `the frame is on the bundle's origin: ${inFrame?.url()}`);
  if (inFrame) {
    await inFrame.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('.se-headline__text')), null, { timeout: 30000 });
    const written = Number(/height="(\d+)"/.exec(snippet.iframe)[1]);
    // The frame's content is taller than the height the snippet starts at (a preset reader's
    // answer), so the host script must have grown the iframe to the frame's reported height.
    const tall = await inFrame.evaluate(() => document.documentElement.scrollHeight);
    await framed.waitForFunction(([want]) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - want) <= 2, [tall], { timeout: 20000 })
      .catch(() => failures.push(`the iframe was not resized to its content (${tall} px; the snippet starts at ${written})`));
  }

  await on.close();

  // Nothing but our two local origins was asked for: no AMP runtime, no third party.
  const away = requests.filter((u) => !u.startsWith(origin) && !u.startsWith(elsewhere) && !u.startsWith('data:'));
  expect(away.length === 0, `requests to other origins: ${away.join(', ')}`);
  expect(logged.length === 0, `console errors: ${logged.join(' | ')}`);
} catch (e) {
  failures.push(String(e.stack ?? e));
} finally {
  await browser.close();
  await close();
  await second.close();
}
for (const f of failures) console.log(`FAIL snippets: ${f}`);
console.log(`the builder's snippets on host pages: ${failures.length ? 'failed' : 'ok'}`);
process.exit(failures.length ? 1 : 0);
