// Headless Chromium through playwright-core, with the DevTools protocol for what a page cannot
// measure itself: a forced garbage collection, then DOM nodes, event listeners and the JS heap.
// Shared by stress.mjs (the test command) and soak.mjs (a long run by hand). Issue #8.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { chromium } = createRequire(join(root, 'tools/package.json'))('playwright-core');

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  return { browser, page, cdp };
}

/** What the page holds after a forced garbage collection: DOM nodes, event listeners, JS heap
 * bytes, the widget's wasm memory bytes and the page's pending long timers. */
export async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const inPage = await page.evaluate(async () => {
    // The glue module's init hands back the running instance's exports once it is loaded.
    const glue = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /strike-explainer-[0-9a-f]+\.js/.test(n));
    const wasm = glue ? await (await import(glue)).default() : null;
    return { wasm: wasm ? wasm.memory.buffer.byteLength : 0, timers: window.__longTimers ? window.__longTimers() : 0 };
  });
  return { nodes, listeners: jsEventListeners, heap: usedSize, ...inPage };
}

export const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
