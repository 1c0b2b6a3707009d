// Serves the built demo page (`dist/`, from `trunk build --release`) on localhost for the
// page tests (demo.mjs, a11y.mjs). `page(body, url)` may rewrite the HTML page as it is served
// (a11y.mjs sets the widget's language from `?lang=`).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.txt': 'text/plain; charset=utf-8' };

/** Starts the server; resolves to `{ url, close }`. */
export async function serveDist(dist, { page = (body) => body } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      let body = await readFile(join(dist, path.endsWith('/') ? 'index.html' : path));
      if (path.endsWith('/')) body = page(body.toString(), url);
      res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
