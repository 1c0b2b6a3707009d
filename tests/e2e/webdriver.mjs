// The WebDriver client the host-page tests share (embed.mjs, frame.mjs): headless Chromium and
// headless Firefox through chromedriver and geckodriver (as installed by scripts/setup), with
// axe-core to inject and the in-page helpers more than one test uses. It starts no server: each
// test passes the origin its pages are on.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// axe-core, pinned in tools/package.json, injected into a page as a script.
const requireTool = createRequire(join(fileURLToPath(new URL('../..', import.meta.url)), 'tools/package.json'));
export const AXE = readFileSync(requireTool.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// ---- a minimal WebDriver client ------------------------------------------------------------

export const browsers = {
  chromium: {
    driver: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=800,900'],
      },
    },
  },
  firefox: {
    driver: process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'),
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless', '-width=800', '-height=900'] },
    },
  },
};

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** A session of browser `name` (a key of `browsers`), whose `goto(path)` opens `origin + path`
 * (or `path` itself, when it is a full address). */
export async function startDriver(name, origin) {
  const port = await freePort();
  const proc = spawn(browsers[name].driver, [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      const r = await fetch(`${url}/status`);
      if ((await r.json()).value.ready) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`${name}: the driver did not start`);
    await new Promise((r) => setTimeout(r, 100)); // polling the driver's own readiness endpoint
  }
  const session = await call(url, 'POST', '/session', { capabilities: { alwaysMatch: browsers[name].capabilities } });
  const base = `${url}/session/${session.sessionId}`;
  await call(base, 'POST', '/timeouts', { script: 30000, pageLoad: 30000 });
  return {
    goto: (path) => call(base, 'POST', '/url', { url: /^https?:/.test(path) ? path : origin + path }),
    /** Moves into the page's `index`th frame (`null`: back to the top). */
    frame: (index) => call(base, 'POST', '/frame', { id: index }),
    /** Moves into the iframe that `selector` finds in the current document. */
    frameOf: async (selector) => {
      const el = await call(base, 'POST', '/element', { using: 'css selector', value: selector });
      return call(base, 'POST', '/frame', { id: el });
    },
    run: (fn, ...args) => call(base, 'POST', '/execute/sync', { script: `return (${fn})(...arguments)`, args }),
    /** Runs a script's source as it is (a library to inject). */
    script: (source) => call(base, 'POST', '/execute/sync', { script: `${source};\nreturn true;`, args: [] }),
    /** Runs `fn(...args)` in the page until it returns a truthy value or the deadline passes. */
    until: (fn, ...args) =>
      call(base, 'POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1]; const args = [...arguments].slice(0, -1);
          const check = ${fn}; const deadline = performance.now() + 20000;
          (function poll() {
            let v; try { v = check(...args); } catch (e) { v = null; }
            if (v) return done(v);
            if (performance.now() > deadline) return done(null);
            requestAnimationFrame(poll);
          })();`,
        args,
      }),
    quit: async () => {
      await call(base, 'DELETE', '').catch(() => {});
      proc.kill();
    },
  };
}

async function call(base, method, path, body) {
  const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

// ---- in-page helpers (run inside the browser) ----------------------------------------------

// Mounted and rendered: the answer area has its first content (a prompt or an answer).
export const mounted = (ids) => ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.se-answer > *'));

// index 0: the area (behind "Change" once one is chosen), 1: the role.
export const choose = (id, index, value) => {
  const root = document.getElementById(id).shadowRoot;
  const set = () => {
    const select = root.getElementById(index === 0 ? 'se-region' : 'se-role');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  };
  const change = index === 0 && root.getElementById('se-where-change');
  if (!change) return set();
  change.click();
  return new Promise((done) => requestAnimationFrame(() => done(set())));
};
