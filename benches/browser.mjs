// The browser half of scripts/bench: Werkblad and a minimal Leptos counter (benches/minimaal),
// both release builds served on loopback, measured in Debian's headless Chromium. Prints one
// table: Werkblad, minimal app, ratio. Timings are printed, never asserted (sizes are checked
// by scripts/budget). Usage:
//   node benches/browser.mjs [--full] [--json FILE] APP_DIST MINIMAL_DIST
// --full adds Lighthouse (npm lighthouse 12.2.3, installed in benches/node_modules by
// scripts/bench --full). WERKBLAD_BENCH_RUNS sets the number of cold loads (default 9).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// playwright-core drives Debian's Chromium; the copy of the end-to-end tests is enough.
const { chromium } = createRequire(path.join(HERE, '../tests/e2e/package.json'))('playwright-core');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const FULL = args.includes('--full');
const jsonUit = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const [APP, MINI] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
const RUNS = Number(process.env.WERKBLAD_BENCH_RUNS ?? 9);

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---- transfer size of wasm + js + css (the service worker is not on the loading path) ----
// `later`: the second wasm file (split_*.wasm, src/paginas.rs), fetched after the first screen;
// otherwise the files on the way to the first screen. As scripts/budget counts them.
const isLater = (f) => /^(split|chunk)_.*\.wasm$/.test(f);
function grootte(dir, later = false) {
  const som = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of readdirSync(dir)) {
    if (!/\.(wasm|js|css)$/.test(f) || f === 'sw.js' || isLater(f) !== later) continue;
    const p = path.join(dir, f);
    som.raw += statSync(p).size;
    som.gzip += execFileSync('gzip', ['-9', '-n', '-c', p], { maxBuffer: 1 << 26 }).length;
    som.brotli += execFileSync('brotli', ['-q', '11', '-c', p], { maxBuffer: 1 << 26 }).length;
  }
  return som;
}

// ---- worksheets to store: full ones, in the current schema (v3) ----
const TEKST = 'Ze vertelde over haar week en werd stil toen het over werk ging. Ik vroeg door naar ' +
  'wat haar tegenhield; daarna keek ze weg. Achteraf had ik beter kunnen benoemen wat ik zag.';
const THEMAS = ['thema.emotie', 'thema.weerstand', 'thema.feedback', 'thema.resultaten',
  'thema.contact.echtheid', 'thema.contact.beleving', 'thema.doel.helder', 'thema.doel.agenda',
  'thema.regie.metacommunicatie', 'thema.regie.beurten', 'thema.interventielogica'];

function vollWerkblad(n) {
  let nummer = 1;
  const id = `wb-bench${String(n).padStart(4, '0')}-x${n}`;
  const themas = {};
  for (const t of THEMAS) {
    themas[t] = {
      antwoord: ['ja', 'deels', 'nee', 'weet_niet'][nummer % 4],
      observaties: TEKST,
      momenten: [0, 1].map((m) => ({ id: `i${nummer++}`, tijd: `1${m}:0${m}`, wat: 'stilte na een vraag',
        anders: 'doorvragen naar wat ze voelde', bespreken: m === 0 })),
    };
  }
  return {
    schema_version: 3, id, gewijzigd: 1763800000000 + n, revisie: 1,
    gesprek: { datum: `2026-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      label: `KM-${n}`, soort: 'voortgang', soort_anders: '', aanwezig: ['client', 'klantmanager'],
      aanwezig_anders: '', doel: 'Afspraken over vrijwilligerswerk', inbreng: 'Ik wil leren meer stil te zijn.',
      video: false },
    themas,
    feedback: { werkrelatie: 7, werkrelatie_woorden: 'Het ging beter dan vorige keer.', doel: 6,
      doel_woorden: 'We komen er wel.' },
    slim: { zelfbeeld: 'een', mensbeeld: 'twee', rol: 'twee', traject: 'een', toelichting: TEKST },
    voornemens: [{ id: `i${nummer++}`, tekst: 'Eén open vraag tegelijk' },
      { id: `i${nummer++}`, tekst: 'Samenvatten voor ik verder ga' }],
    terugblik: [],
    volgend_nummer: nummer,
  };
}

const ERSTE_ID = vollWerkblad(0).id;
function winkel(n, index) {
  const data = {};
  for (let i = 0; i < n; i++) {
    const wb = vollWerkblad(i);
    data[`werkblad.wb.${wb.id}`] = JSON.stringify(wb);
  }
  if (index) data['werkblad.index'] = index;
  return data;
}

// ---- one cold load in a fresh context: ms from navigation start until `selector` is there ----
// A MutationObserver notes the first moment each selector matches; Leptos mounts in one task,
// so that moment is the end of the mount (before paint).
function merkTijden(selectors) {
  window.__bench = {};
  const kijk = () => {
    for (const s of selectors) {
      if (window.__bench[s] === undefined && document.querySelector(s)) window.__bench[s] = performance.now();
    }
  };
  new MutationObserver(kijk).observe(document, { childList: true, subtree: true });
}

// One tab per series, with the HTTP cache off (every load is cold: no cached files, no cached
// compiled wasm) and the CPU throttled as asked; the same renderer process throughout, so the
// series measures the app and not process start-up.
async function tab(browser, { selector, cpu = 1 }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(merkTijden, [selector]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { page, context, cdp };
}

let teller = 0;
async function laad(page, url, { selector, opslag = null, hash = '' }) {
  if (opslag) {
    // Same origin, no app: fill localStorage first.
    await page.goto(url + 'bench-leeg');
    await page.evaluate((data) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
    }, opslag);
  }
  await page.goto(`${url}?koud=${++teller}${hash}`);
  await page.waitForFunction((s) => window.__bench?.[s] !== undefined, selector, { timeout: 60_000 });
  return page.evaluate((s) => window.__bench[s], selector);
}

async function koudeLadingen(browser, url, opties) {
  const { page, context } = await tab(browser, opties);
  // One load first that is not counted: the tab's first page also pays for starting its
  // renderer, which has nothing to do with the app.
  await laad(page, url, opties);
  const tijden = [];
  for (let i = 0; i < RUNS; i++) tijden.push(await laad(page, url, opties));
  await context.close();
  return median(tijden);
}

// ---- main-thread time per keystroke, the debounced save included ----
async function perToets(browser, url, opslag) {
  const opties = { selector: 'main textarea', opslag, hash: `#/werkblad/${ERSTE_ID}` };
  const { page, context, cdp } = await tab(browser, opties);
  await laad(page, url, opties);
  await cdp.send('Performance.enable');
  const veld = page.locator('main textarea').first();
  await veld.click();
  await page.waitForTimeout(800);
  const taak = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const TOETSEN = 8;
  const sleutel = `werkblad.wb.${ERSTE_ID}`;
  const voor = await taak();
  for (let i = 0; i < TOETSEN; i++) {
    await page.keyboard.type('x');
    // The save is debounced by 500 ms: wait it out without polling (a poll costs main-thread time).
    await page.waitForTimeout(700);
  }
  const na = await taak();
  const bewaard = await page.evaluate((k) => localStorage.getItem(k), sleutel);
  await context.close();
  if (!bewaard.includes('x'.repeat(TOETSEN))) throw new Error('the typed text was not saved');
  return ((na - voor) * 1000) / TOETSEN;
}

// ---- Lighthouse, mobile defaults (simulated slow 4G, 4x CPU) ----
async function lighthouse(url, runs) {
  const req = createRequire(path.join(HERE, 'package.json'));
  const { default: lh } = await import(req.resolve('lighthouse'));
  const chromeLauncher = await import(req.resolve('chrome-launcher'));
  const uitslagen = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
    try {
      const r = await lh(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const a = r.lhr.audits;
      uitslagen.push({ score: Math.round(r.lhr.categories.performance.score * 100),
        lcp: a['largest-contentful-paint'].numericValue, tti: a.interactive.numericValue });
    } finally {
      await chrome.kill();
    }
  }
  return { score: median(uitslagen.map((u) => u.score)), lcp: median(uitslagen.map((u) => u.lcp)),
    tti: median(uitslagen.map((u) => u.tti)) };
}

// ---- run ----
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const ms = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const rij = (wat, a, b, fmt) => ({ wat, a: fmt(a), b: fmt(b), ratio: `${(a / b).toFixed(2)}×`, ruw: [a, b] });

const app = await serve(APP);
const mini = await serve(MINI);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const rijen = [];
try {
  const ga = grootte(APP);
  const gm = grootte(MINI);
  rijen.push(rij('wasm+js+css to first screen, raw', ga.raw, gm.raw, kb));
  rijen.push(rij('wasm+js+css to first screen, gzip -9', ga.gzip, gm.gzip, kb));
  rijen.push(rij('wasm+js+css to first screen, brotli 11', ga.brotli, gm.brotli, kb));
  // The pages behind the overview (the minimal app has none): after the first screen.
  const gl = grootte(APP, true);
  const ga2 = { raw: ga.raw + gl.raw, gzip: ga.gzip + gl.gzip, brotli: ga.brotli + gl.brotli };
  rijen.push(rij('wasm+js+css in all, brotli 11', ga2.brotli, gm.brotli, kb));
  rijen.push(rij('wasm+js+css in all, gzip -9', ga2.gzip, gm.gzip, kb));

  const knop = 'main button';
  for (const cpu of [1, 4]) {
    rijen.push(rij(`load to first button, median of ${RUNS}, ${cpu}× CPU`,
      await koudeLadingen(browser, app.url, { selector: knop, cpu }),
      await koudeLadingen(browser, mini.url, { selector: knop, cpu }), ms));
  }

  // The index as the app itself writes it, so no run has to repair it.
  const { page, context } = await tab(browser, { selector: 'main li' });
  await laad(page, app.url, { selector: 'main li', opslag: winkel(500) });
  const index500 = await page.evaluate(() => localStorage.getItem('werkblad.index'));
  await context.close();
  const index1 = JSON.stringify({ ...JSON.parse(index500), items: JSON.parse(index500).items.filter((i) => i.id === ERSTE_ID) });
  const een = winkel(1, index1);
  const vijfhonderd = winkel(500, index500);

  const start = async (opslag) => koudeLadingen(browser, app.url, { selector: 'main li', opslag });
  const s500 = await start(vijfhonderd);
  const s1 = await start(een);
  rijen.push({ ...rij(`start-up to overview, 500 vs 1 worksheets, median of ${RUNS}`, s500, s1, ms), kop: ['500', '1'] });
  const t500 = await perToets(browser, app.url, vijfhonderd);
  const t1 = await perToets(browser, app.url, een);
  rijen.push({ ...rij('main-thread time per keystroke incl. save, 500 vs 1', t500, t1, ms), kop: ['500', '1'] });
  const afdruk = await koudeLadingen(browser, app.url, { selector: 'main article', opslag: een, hash: `#/werkblad/${ERSTE_ID}/afdrukken` });
  rijen.push({ wat: `print view of a full worksheet, cold load, median of ${RUNS}`, a: ms(afdruk), b: '–', ratio: '–', ruw: [afdruk, null] });
} finally {
  await browser.close();
}
if (FULL) {
  const la = await lighthouse(app.url, 3);
  const lm = await lighthouse(mini.url, 3);
  rijen.push({ wat: 'Lighthouse 12.2.3 mobile, brotli, median of 3: score', a: `${la.score}`, b: `${lm.score}`, ratio: (la.score / lm.score).toFixed(2), ruw: [la.score, lm.score] });
  rijen.push(rij('  … largest contentful paint', la.lcp, lm.lcp, ms));
  rijen.push(rij('  … time to interactive', la.tti, lm.tti, ms));
  await app.close();
  const plat = await serve(APP, { kompressie: false });
  const lp = await lighthouse(plat.url, 1);
  await plat.close();
  rijen.push({ wat: 'Lighthouse, Werkblad served without compression: score / LCP / TTI', a: `${lp.score} / ${ms(lp.lcp)} / ${ms(lp.tti)}`, b: '', ratio: '', ruw: [lp.score, lp.lcp, lp.tti] });
} else {
  await app.close();
}
await mini.close();

const breed = Math.max(...rijen.map((r) => r.wat.length));
console.log(`| ${'measure'.padEnd(breed)} | Werkblad | minimal app | ratio |`);
console.log(`|${'-'.repeat(breed + 2)}|---|---|---|`);
for (const r of rijen) {
  const kop = r.kop ? ` (${r.kop[0]} | ${r.kop[1]})` : '';
  console.log(`| ${(r.wat + kop).padEnd(breed)} | ${r.a} | ${r.b} | ${r.ratio} |`);
}
console.log('Rows marked (500 | 1) compare Werkblad with 500 stored worksheets against Werkblad with 1.');
if (!FULL) console.log('Lighthouse: scripts/bench --full.');
if (jsonUit) writeFileSync(jsonUit, JSON.stringify(rijen, null, 2));
