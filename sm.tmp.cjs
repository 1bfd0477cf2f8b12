const fs = require('fs'); const path = require('path'); const { SourceMapConsumer } = require('source-map-js');
const dir = '/tmp/sm-dist/assets';
const critical = process.argv.slice(2);
const totals = {};
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js') && critical.some((c) => f.startsWith(c)) && fs.existsSync(path.join(dir, f + '.map')))) {
  const code = fs.readFileSync(path.join(dir, f), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(path.join(dir, f + '.map'), 'utf8')));
  const lines = code.split('\n');
  const segs = [];
  map.eachMapping((m) => segs.push(m));
  for (let i = 0; i < segs.length; i++) {
    const m = segs[i], n = segs[i + 1];
    const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : lines[m.generatedLine - 1].length;
    let src = m.source || '(none)';
    const nm = src.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    src = nm ? 'npm:' + nm[1] : src.replace(/.*\/(src|data)\//, '$1/');
    totals[src] = (totals[src] || 0) + (end - m.generatedColumn);
  }
}
const arr = Object.entries(totals).sort((a, b) => b[1] - a[1]);
let sum = 0; for (const [, v] of arr) sum += v;
console.log('total raw', sum);
for (const [k, v] of arr.slice(0, 45)) console.log(String(v).padStart(8), k);
