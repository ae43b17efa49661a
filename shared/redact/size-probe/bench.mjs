// Throughput of Redactor::redact inside WASM under V8 (the engine of Cloudflare Workers).
//
//   ./measure.sh && node bench.mjs [path/to/probe-wasm32-unknown-unknown-redact.wasm]
//
// Corpora: the dev evaluation texts ($GUARD_EVAL_DIR, default ../../../../shared/eval) and
// synthetic JSON log lines, newline-joined and redacted line by line by `probe_run`.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = process.env.CARGO_TARGET_DIR || join(here, 'target');
const wasmPath = process.argv[2] || join(target, 'probe-wasm32-unknown-unknown-redact.wasm');
const evalDir = process.env.GUARD_EVAL_DIR || join(here, '../../../../shared/eval');

const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {});
const { memory, probe_alloc, probe_run } = instance.exports;

function corpus(name, text) {
  const bytes = new TextEncoder().encode(text);
  const ptr = probe_alloc(bytes.length);
  new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
  probe_run(ptr, bytes.length, 1); // warm-up (also builds the automaton)
  let iters = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    probe_run(ptr, bytes.length, 1);
    iters++;
  }
  const secs = (performance.now() - t0) / 1000;
  const mbs = (bytes.length * iters) / secs / 1e6;
  console.log(`${name.padEnd(34)} ${String(bytes.length).padStart(8)} B  ${mbs.toFixed(1).padStart(7)} MB/s`);
}

let seed = 0x9e3779b9;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const clean = Array.from({ length: 2000 }, (_, i) =>
  `{"ts":"2026-03-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00.000Z","level":"info","fn":"checkout","msg":"request completed","request_id":"${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}","status":200,"duration_ms":${Math.floor(rnd() * 900)},"path":"/api/v1/orders/${digits(10)}","region":"gru1"}`
).join('\n');

console.log(`Redactor::redact in WASM (${wasmPath.split('/').pop()}, node ${process.version})`);
const texts = [];
for (const f of ['pii_dev.jsonl', 'secrets_dev.jsonl']) {
  const p = join(evalDir, f);
  if (!existsSync(p)) { console.log(`note: ${p} not found, skipped`); continue; }
  for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
}
if (texts.length) corpus('eval dev texts (pii + secrets)', texts.join('\n'));
corpus('synthetic JSON logs, clean', clean);
