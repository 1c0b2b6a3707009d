// What a folder ships, byte for byte: each file a browser fetches from it (`.js`, `.wasm`,
// `.css`, and `.txt`: the place search's index; not package.json or README.md) raw, gzip (level 9) and brotli (quality 11, the most a
// server precompresses with). Shared by the byte budget (tests/budget.mjs, in the test command)
// and the benchmark (bench/bench.mjs). It only reads files: it must not build or measure time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const SHIPPED = /\.(js|wasm|css|txt)$/;
/** What only the iframe path fetches (the frame page's own script and stylesheet, and the host
 * page's script that resizes frames; issue #22): never a reader of the script snippet, so not in
 * the reader's bytes. `sizes(dir, FRAME_PATH)` measures them alone. */
export const FRAME_PATH = /^strike-explainer-frames?[.-]/;
const READERS = (name) => SHIPPED.test(name) && !FRAME_PATH.test(name);

/** `{ files: [{ name, raw, gzip, brotli }], total: { raw, gzip, brotli } }` for `dir`'s shipped
 * files (those a reader of the script snippet fetches), or those whose names match `only`. */
export function sizes(dir, only = READERS) {
  const test = typeof only === 'function' ? only : (name) => only.test(name);
  const files = readdirSync(dir)
    .filter(test)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return { files, total };
}

/** A file name with its content hash written as `<hash>`, so names compare across builds. */
export const unhashed = (name) => name.replace(/-[0-9a-f]{16}\./, '-<hash>.');

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
