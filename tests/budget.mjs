// The byte budget, in the test command (scripts/test, after scripts/pkg): what pkg/ ships, in
// brotli bytes, against the ratchet in bench/budget.mjs, failing when it is exceeded; beside it,
// how far the bytes are from issue #13's targets (multiples of the floor app's recorded bytes).
// Bytes are deterministic, so this needs no browser and never builds the floor. Timings are the
// benchmark's business (scripts/bench), not this test's. Alone: `node tests/budget.mjs [dir]`.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizes, unhashed, kb, FRAME_PATH } from '../bench/sizes.mjs';
import { BUDGET, TARGETS, FLOOR_BROTLI, FETCHED_LATER } from '../bench/budget.mjs';

const dir = process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'pkg');
const { files, total } = sizes(dir);
if (!files.some((f) => f.name.endsWith('.wasm'))) {
  console.error(`budget: no .wasm in ${dir}; run scripts/pkg first`);
  process.exit(1);
}
const later = (name) => FETCHED_LATER.some((re) => re.test(name));
const beforeInteractive = files.filter((f) => !later(f.name)).reduce((n, f) => n + f.brotli, 0);

for (const f of files) {
  console.log(`${unhashed(f.name).padEnd(34)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli${later(f.name) ? '  (fetched later)' : ''}`);
}

// The iframe path's own files: listed, not in the reader's budget (bench/sizes.mjs).
for (const f of sizes(dir, FRAME_PATH).files) {
  console.log(`${f.name.padEnd(34)} ${String(f.raw).padStart(8)} raw ${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli  (the iframe path only)`);
}

const rows = [
  ['total', total.brotli, BUDGET.totalBrotli, TARGETS.totalBrotli, '3×'],
  ['before interactive', beforeInteractive, BUDGET.beforeInteractiveBrotli, TARGETS.beforeInteractiveBrotli, '2×'],
];
let failed = false;
for (const [name, bytes, budget, target, times] of rows) {
  const ok = bytes <= budget;
  failed ||= !ok;
  const toTarget = bytes <= target ? 'target met' : `${kb(bytes - target)} above the target`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${bytes} brotli bytes (${(bytes / FLOOR_BROTLI).toFixed(1)}× the floor's ${FLOOR_BROTLI}); ` +
    `budget ${budget}${ok ? `, ${budget - bytes} to spare` : `, exceeded by ${bytes - budget}`}; ` +
    `issue #13's target ${times} the floor = ${target}: ${toTarget}`);
}
if (failed) {
  console.error('budget: pkg/ is over its byte budget (bench/budget.mjs). Cut bytes, or raise BUDGET there and say in the commit what the bytes buy.');
  process.exit(1);
}
