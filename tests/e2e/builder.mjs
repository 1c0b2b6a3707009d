// The demo's embed builder page (dist/embed.html, issue #22 items 3 and 5) in headless Chromium,
// used as a newsroom would: choose a dispute, an area, a reader and a language, and the three
// snippets say them; a bad address is refused with a reason and no snippet; another dispute's
// areas fill the list; Copy puts the snippet on the clipboard and says so; axe-core finds nothing
// at 1280 and 320 px, and nothing is wider than a 320 px screen. Run by scripts/test after
// `trunk build --release`; alone: `node tests/e2e/builder.mjs`.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveDist } from './dist.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');
const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const server = await serveDist(join(root, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const failures = [];
const logged = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text()); });
  page.on('pageerror', (e) => logged.push(String(e)));
  await page.goto(server.url + 'embed.html');
  const problems = page.locator('#eb-problems');
  const snippet = (name) => page.locator(`#eb-${name}`);
  await problems.getByText('Ready').waitFor();

  // 1. The defaults: a snippet of each kind, the live widget and the facts without JavaScript.
  expect((await snippet('script').inputValue()).includes('data-dispute="neu-2023"'), 'the default script snippet');
  await page.locator('#eb-live').evaluate((el) => new Promise((done) => {
    const check = () => (el.shadowRoot?.querySelector('.se-root') ? done() : requestAnimationFrame(check));
    check();
  }));
  expect((await page.locator('#eb-static').innerText()).trim().length > 0, 'the facts without JavaScript are shown');

  // 2. A choice: the three snippets say the area, the reader and the language.
  await page.locator('#eb-region').selectOption('london');
  await page.locator('#eb-role').selectOption('parent');
  await page.locator('#eb-lang').selectOption('cy');
  await page.waitForFunction(() => document.getElementById('eb-amp').value.includes('lang=cy'));
  const script = await snippet('script').inputValue();
  expect(script.includes('data-region="london" data-role="parent" data-lang="cy"'), `script snippet: ${script}`);
  expect(!script.includes('data-today'), 'the widget is never frozen on the "as of" date');
  const iframe = await snippet('iframe').inputValue();
  expect(iframe.includes('region=london&amp;role=parent&amp;lang=cy'), `iframe snippet: ${iframe}`);
  const amp = await snippet('amp').inputValue();
  expect(amp.includes('region=london&amp;role=parent&amp;lang=cy') && amp.includes('Dangos y cyfan'), `AMP snippet: ${amp}`);
  // The article's address: the frames' shared links open it.
  await page.locator('#eb-share').fill('https://news.example.com/2023/strikes');
  await page.waitForFunction(() => document.getElementById('eb-iframe').value.includes('share=https%3A%2F%2Fnews.example.com%2F2023%2Fstrikes'));
  expect((await snippet('amp').inputValue()).includes('share=https%3A%2F%2Fnews.example.com'), 'the AMP frame shares the article');
  expect(!(await snippet('script').inputValue()).includes('share'), 'the script snippet\'s widget is in the article');
  await page.locator('#eb-share').fill('');
  await page.locator('#eb-as-of').fill('2023-03-15');
  await page.waitForFunction(() => document.getElementById('eb-script').value.includes('data-as-of="2023-03-15"'));
  // The page's facts without JavaScript (the wasm's, rendered in the browser) read as the
  // command's (Leptos's server renderer): the same components, so the same words in the same order.
  const command = execFileSync('cargo', ['run', '--quiet', '--bin', 'embed-builder', '--', '--base', '/se/', '--region', 'london',
    '--role', 'parent', '--lang', 'cy', '--as-of', '2023-03-15', '--print', 'static'], { cwd: root, encoding: 'utf8' });
  const read = (html) => page.evaluate((h) => {
    const t = document.createElement('template');
    t.innerHTML = h;
    return t.content.textContent.replace(/\s+/g, ' ').trim();
  }, html);
  const shown = await page.locator('#eb-static').evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());
  const written = await read(command);
  expect(shown.length > 1000 && shown === written, `the page's facts without JavaScript differ from the command's:\n${shown.slice(0, 400)}\n---\n${written.slice(0, 400)}`);
  // The preview frame is the demo's own frame page with the snippet's choice.
  const preview = await page.locator('#eb-frame').getAttribute('src');
  expect(preview === 'strike-explainer-frame.html?dispute=neu-2023&region=london&role=parent&lang=cy', `preview frame: ${preview}`);
  // ... which shows the widget, and the host script sizes the preview to it.
  await page.waitForFunction(() => document.getElementById('eb-frame').contentWindow?.location.href.includes('lang=cy'));
  const inFrame = page.frames().find((f) => f.url().includes('strike-explainer-frame.html?'));
  await inFrame.waitForFunction(() => [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('.se-headline__text')), null, { timeout: 30000 });
  const tall = await inFrame.evaluate(() => document.documentElement.scrollHeight);
  await page.waitForFunction((want) => Math.abs(document.getElementById('eb-frame').getBoundingClientRect().height - want) <= 2, tall, { timeout: 20000 })
    .catch(() => failures.push(`the preview frame was not sized to its widget (${tall} px)`));

  // 3. Another dispute: its own areas in the list, the choice no longer in it let go.
  await page.locator('#eb-dispute').selectOption('ni-2023');
  await page.waitForFunction(() => document.getElementById('eb-script').value.includes('data-dispute="ni-2023"'));
  const areas = await page.locator('#eb-region option').allTextContents();
  expect(areas.length >= 2 && !areas.includes('London'), `ni-2023's areas: ${areas.join(', ')}`);
  expect(!(await snippet('script').inputValue()).includes('data-region="london"'), 'London is not an area of ni-2023');

  // 4. A bad address: refused with the reason, no snippet to copy.
  const base = page.locator('#eb-base');
  await base.fill('javascript:alert(1)//');
  await problems.getByText('the bundle\'s address must be an http(s) address or a path').waitFor();
  expect(await snippet('script').inputValue() === '', 'no script snippet for a bad address');
  await base.fill('/strike-explainer/');
  await problems.getByText('Ready').waitFor();
  expect((await snippet('amp').inputValue()).startsWith('No amp snippet: AMP needs the frame on an https address'), 'a path has no AMP snippet, and says why');
  await base.fill('https://cdn.example.org/strike-explainer/');
  await problems.getByText('Ready').waitFor();

  // 5. Copy: the snippet is on the clipboard, and the page says so.
  for (const [name, label] of [['script', 'script snippet'], ['amp', 'AMP snippet']]) {
    await page.locator(`[data-copy="eb-${name}"]`).click();
    await page.locator(`#eb-${name}-status`).getByText(`Copied the ${label}.`).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied === await snippet(name).inputValue() && copied.length > 0, `clipboard after copying the ${label}`);
  }
  expect(await page.locator('#eb-script-status').getAttribute('role') === 'status', 'the confirmation is a status');

  // 6. axe-core, wide and at 320 px; nothing wider than the phone's screen.
  await page.addScriptTag({ content: axe });
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/builder-${width}.png`, fullPage: width === 1280 });
    const violations = await page.evaluate(async (values) => (await window.axe.run(document, { runOnly: { type: 'tag', values } }))
      .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), AXE_TAGS);
    expect(violations.length === 0, `axe at ${width} px: ${violations.join(' | ')}`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide <= width, `the page is ${wide} px wide at ${width} px`);
  }
  // Until the frame page is in dist/ (trunk copies it from pkg's source), its requests 404.
  const frameMissing = !existsSync(join(root, 'dist/strike-explainer-frame.html'));
  const unexpected = logged.filter((l) => !(frameMissing && /404|Failed to load/.test(l)));
  expect(unexpected.length === 0, `console: ${unexpected.join(' | ')}`);
  expect(!frameMissing, 'dist/ has the frame page (strike-explainer-frame.html) for the preview');
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.log(`FAIL builder: ${f}`);
console.log(`builder page: ${failures.length ? 'failed' : 'ok'}`);
process.exit(failures.length ? 1 : 0);
