// The host-page server for the embed tests (embed.mjs, stress.mjs, soak.mjs): serves pkg/ (the
// bundle, as scripts/pkg built it) and tests/e2e/pages/ (the host pages) on localhost, plus
// misbehaving copies of the bundle that a test steers through `control`:
//   /pkg/…           the bundle (CORS open, for a sandboxed iframe's opaque origin)
//   /broken-pkg/…    the bundle, but every .wasm answers 404
//   /flaky-pkg/…     the bundle, but the next `control.fail.glue` glue and `control.fail.wasm`
//                    wasm requests answer 503
//   /slow-pkg/…      the bundle, but each .wasm answer waits for `control.releaseWasm()`
//   /noplaces-pkg/…  the bundle, but the place search's index answers 404
//   (and /pkg/'s place index waits for `control.releaseIndex()` while `control.holdIndex` is set)
//   /elsewhere/…     the loader alone, away from its files (they are found through data-base)
//   /pages/…         the host pages; csp.html with a strict Content-Security-Policy header
//   /fixtures/…      tests/fixtures/ (dispute data files for data-src), same-origin only
//   /cors-fixtures/… the same, with CORS open (for a page on another origin)
//   /flaky-fixtures/… the same, but the next `control.fail.data` requests answer 503
//   /pkg/strike-explainer-frame.html  with the strict CSP header and `frame-ancestors 'self'` plus
//                    `control.frameAncestors` (issue #22's frame page)
//   /pages/frame-*.html  with the strict CSP header and `frame-src 'self'` plus `control.frameSrc`
// A host page's `__NAME__` is replaced by `control.substitute.NAME` (another origin's address, for
// a frame on it). Both CSP headers report violations to /csp-report: `control.cspReports`.
// `control.requests` lists every path asked for, in order; `control.hosts` the Host header of each.
// `control.pages` maps a path to an HTML page's text served as it is (host pages a test writes).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = join(root, 'tests/e2e/pages');
const fixtures = join(root, 'tests/fixtures');
// PKG_DIR serves another build in place of pkg/ (to measure an older one beside this one).
const pkg = process.env.PKG_DIR ?? join(root, 'pkg');
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

export async function serve() {
  const control = {
    requests: [],
    pages: {},
    hosts: [],
    frameAncestors: [],
    frameSrc: [],
    substitute: {},
    cspReports: [],
    fail: { glue: 0, wasm: 0, data: 0 },
    held: [],
    /** Lets every held /slow-pkg/ wasm answer go. */
    releaseWasm() {
      control.held.splice(0).forEach((go) => go());
    },
    holdIndex: false,
    heldIndex: [],
    /** Stops holding /pkg/'s place index, and lets every held answer go. */
    releaseIndex() {
      control.holdIndex = false;
      control.heldIndex.splice(0).forEach((go) => go());
    },
  };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/csp-report') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        control.cspReports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    control.requests.push(path);
    control.hosts.push(req.headers.host);
    if (Object.hasOwn(control.pages, path)) {
      res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(control.pages[path]);
      return;
    }
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    const [, prefix, rest] = path.match(/^\/([a-z-]+)\/(.*)$/) ?? [];
    let file = null;
    if (prefix === 'pkg' || prefix === 'broken-pkg' || prefix === 'flaky-pkg' || prefix === 'slow-pkg' || prefix === 'noplaces-pkg') file = join(pkg, rest);
    else if (prefix === 'elsewhere' && rest === 'strike-explainer.js') file = join(pkg, rest);
    else if (prefix === 'pages') file = join(pages, rest);
    else if (prefix === 'fixtures' || prefix === 'cors-fixtures' || prefix === 'flaky-fixtures') file = join(fixtures, rest);
    if (prefix === 'flaky-fixtures' && control.fail.data > 0) {
      control.fail.data -= 1;
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('busy');
      return;
    }
    const isWasm = path.endsWith('.wasm');
    const isGlue = /strike-explainer-[0-9a-f]+\.js$/.test(path);
    if (prefix === 'broken-pkg' && isWasm) file = null;
    if (prefix === 'noplaces-pkg' && /strike-explainer-places-[0-9a-f]+\.txt$/.test(path)) file = null;
    if (prefix === 'flaky-pkg' && ((isWasm && control.fail.wasm > 0) || (isGlue && control.fail.glue > 0))) {
      control.fail[isWasm ? 'wasm' : 'glue'] -= 1;
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('busy');
      return;
    }
    if (prefix === 'slow-pkg' && isWasm) await new Promise((go) => control.held.push(go));
    if (prefix === 'pkg' && control.holdIndex && /strike-explainer-places-[0-9a-f]+\.txt$/.test(path)) await new Promise((go) => control.heldIndex.push(go));
    if (path === '/pages/csp.html') headers['content-security-policy'] = CSP;
    const report = '; report-uri /csp-report';
    if (path === '/pkg/strike-explainer-frame.html') headers['content-security-policy'] = `${CSP}; frame-ancestors 'self' ${control.frameAncestors.join(' ')}${report}`;
    if (/^\/pages\/frame-[a-z-]+\.html$/.test(path)) headers['content-security-policy'] = `${CSP}; frame-src 'self' ${control.frameSrc.join(' ')}${report}`;
    // A sandboxed iframe has an opaque origin, so its module and wasm requests are cross-origin.
    if (prefix === 'pkg' || prefix === 'cors-fixtures') headers['access-control-allow-origin'] = '*';
    try {
      if (!file || file.includes('..')) throw new Error('not ours');
      let body = await readFile(file);
      if (prefix === 'pages' && path.endsWith('.html')) {
        body = body.toString().replace(/__([A-Z_]+)__/g, (all, name) => control.substitute[name] ?? all);
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, control, close: () => new Promise((r) => server.close(r)) };
}
