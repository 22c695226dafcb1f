// chrono-node, the peer baseline of Herald's time normaliser: parses each sentence of the time
// gold set (German or English) against its anchor date and writes one JSON object per found
// expression: {"line", "start", "end", "value"}, the value in TIMEX3 form at the granularity
// chrono is certain of (time, day, month, year). Usage: node time-chrono.mjs GOLD.tsv > OUT
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const two = (n) => String(n).padStart(2, '0');
lines.forEach((raw, i) => {
  if (!raw.trim() || raw.startsWith('#')) return;
  const [lang, anchor, marked] = raw.split('\t');
  const text = marked.replace(/\[([^|\]]+)\|[^\]]+\]/g, '$1');
  const ref = new Date(anchor + 'T12:00:00');
  const parser = lang === 'de' ? chrono.de : chrono.en;
  for (const r of parser.parse(text, { instant: ref }, { forwardDate: false })) {
    const c = r.start;
    const y = c.get('year'), m = c.get('month'), d = c.get('day');
    let value;
    if (c.isCertain('hour')) {
      value = `${y}-${two(m)}-${two(d)}T${two(c.get('hour'))}:${two(c.get('minute') ?? 0)}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      value = `${y}-${two(m)}-${two(d)}`;
    } else if (c.isCertain('month')) {
      value = `${y}-${two(m)}`;
    } else if (c.isCertain('year')) {
      value = `${y}`;
    } else {
      value = `${y}-${two(m)}-${two(d)}`;
    }
    console.log(JSON.stringify({ line: i + 1, start: r.index, end: r.index + r.text.length, value }));
  }
});
