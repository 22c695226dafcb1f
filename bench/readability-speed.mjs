// Times Mozilla Readability (with linkedom as the DOM) over the same pages Herald is timed on:
// one warm-up pass, then REPEAT measured passes. Usage: node readability-speed.mjs DIR REPEAT
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const repeat = Number(process.argv[3] || 5);
const pages = readdirSync(dir)
  .filter((f) => /\.html?(\.gz)?$/.test(f))
  .sort()
  .map((f) => {
    const raw = readFileSync(join(dir, f));
    return (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  });

function extract(html) {
  try {
    const { document } = parseHTML(html);
    return new Readability(document).parse();
  } catch (e) {
    return null;
  }
}

for (const html of pages) extract(html);
const start = process.hrtime.bigint();
for (let r = 0; r < repeat; r++) for (const html of pages) extract(html);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const n = pages.length * repeat;
console.log(`readability: ${n} pages in ${seconds.toFixed(2)} s with 1 thread`);
console.log(`pages/s: ${(n / seconds).toFixed(1)}`);
