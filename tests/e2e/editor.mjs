// The demo's editor page (dist/editor.html, issue #12 item 4) in headless Chromium, used as an
// editor would: start from a bundled dispute, break it by typing, open a file, drop one. Each
// time the problems listed beside the widget must be the checker's, with their paths, and the
// widget must show the file (or, for a broken file, the same problems). axe-core checks the
// page. Run by scripts/test after `trunk build --release`; alone: `node tests/e2e/editor.mjs`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveDist } from './dist.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');
const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const synthetic = join(root, 'tests/fixtures/synthetic.json');

const server = await serveDist(join(root, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const failures = [];
const logged = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logged.push(m.text()); });
  page.on('pageerror', (e) => logged.push(String(e)));
  await page.goto(server.url + 'editor.html');
  const result = page.locator('#ed-result');
  const title = page.locator('#ed-widget .se-title');
  const panel = page.locator('#ed-widget .se-problems');

  // 1. A bundled dispute as the starting point: no problems, the widget shows it.
  await page.getByRole('button', { name: 'NEU 2023 (England and Wales)' }).click();
  await result.getByText('No problems').waitFor();
  await title.waitFor();
  expect((await title.textContent()).includes('teachers'), `NEU title: ${await title.textContent()}`);

  // 2. Typing a mistake: listed with its path, beside the same list in the widget.
  const broken = (await page.locator('#ed-text').inputValue()).replace(/"format": \d+/, '$&, "colour": "red"')
    .replace(/"checked_on": "[0-9-]+"/, '"checked_on": "2023-02-30"');
  await page.locator('#ed-text').fill(broken);
  await result.locator('li').first().waitFor();
  const listed = await result.locator('li').allTextContents();
  expect(listed.length === 1 && /^line 2, column \d+: not valid data JSON: unknown field `colour`/.test(listed[0]), `listed: ${JSON.stringify(listed)}`);
  await panel.waitFor();
  expect((await panel.locator('li').allTextContents()).join() === listed.join(), 'the widget lists the same problems');
  const dated = (await page.locator('#ed-text').inputValue()).replace(', "colour": "red"', '');
  await page.locator('#ed-text').fill(dated);
  await result.locator('li code', { hasText: /^checked_on$/ }).waitFor();
  const paths = await result.locator('li code').allTextContents();
  expect(JSON.stringify(paths) === '["checked_on"]', `paths: ${JSON.stringify(paths)}`);

  // 3. Opening a file, and showing it as on a date, in Welsh (an English-only file stays English).
  await page.locator('#ed-open').setInputFiles(synthetic);
  await result.getByText('No problems').waitFor();
  await title.getByText('Synthetic rail strike (test data)').waitFor();
  await page.locator('#ed-today').fill('2025-02-05');
  await page.locator('#ed-widget #se-region').selectOption('north');
  await page.locator('#ed-widget .se-headline__text').waitFor();
  const headline = await page.locator('#ed-widget .se-headline__text').textContent();
  expect(headline.includes('Monday 10 February 2025'), `headline as on 5 Feb 2025: ${headline}`);

  // 4. Dropping a file on the text box.
  const dropped = (await readFile(synthetic, 'utf8')).replace('"title": "Synthetic rail strike (test data)"', '"title": "Dropped"');
  const transfer = await page.evaluateHandle((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, dropped);
  await page.locator('#ed-text').dispatchEvent('drop', { dataTransfer: transfer });
  await title.getByText('Dropped').waitFor();

  // 5. The page itself is accessible (labels, names, contrast).
  await page.addScriptTag({ content: axe });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`));
  expect(violations.length === 0, `axe: ${violations.join(', ')}`);
  expect(logged.filter((l) => !l.includes('strike-explainer: the dispute data inside the placeholder')).length === 0, `console: ${logged.join(' | ')}`);
} catch (e) {
  failures.push(String(e));
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.log(`FAIL editor: ${f}`);
if (failures.length && logged.length) console.log(`console: ${logged.join(" | ")}`);
console.log(`editor page: ${failures.length ? 'failed' : 'ok'}`);
process.exit(failures.length ? 1 : 0);
