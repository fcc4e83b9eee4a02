// Times Mozilla Readability (on linkedom) over the same pages as
// extraction_bench: pages are decompressed before timing; each round parses
// and extracts every page once; prints the median round as ms per page.
// Usage: node extraction_readability.js <benchmark_dir> [rounds]
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

const dir = process.argv[2] || '../shared/data/article-extraction-benchmark';
const rounds = parseInt(process.argv[3] || '3', 10);
const files = fs.readdirSync(path.join(dir, 'html')).filter(f => f.endsWith('.html.gz')).sort();
const pages = files.map(f => zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', f))).toString('utf8'));
const perPage = [];
let sink = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint();
  for (const html of pages) {
    try {
      const { document } = parseHTML(html);
      const article = new Readability(document).parse();
      if (article && article.textContent) sink += article.textContent.length;
    } catch (e) {
      // A page Readability cannot handle still costs its time.
    }
  }
  const t1 = process.hrtime.bigint();
  perPage.push(Number(t1 - t0) / 1e6 / pages.length);
}
perPage.sort((a, b) => a - b);
const median = perPage[Math.floor(perPage.length / 2)];
console.log(`readability: ${pages.length} pages, ${rounds} rounds, median ${median.toFixed(3)} ms/page (sink ${sink})`);
console.log(`readability_ms_per_page=${median.toFixed(4)}`);
