// Installable and offline: the service worker keeps the app on the device, the manifest makes it
// installable, and a new version never reloads a tab by itself.
//
// These tests need to stop the server, or change what it serves, while the browser keeps its
// profile; the harness's start() allows both (`dist`, `stopServer()`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DIST, assertNoErrors, assertOnlyOwnOrigin, overviewShown, start, waitForSaved } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SW_VERSION = path.resolve(HERE, '../../scripts/sw-version');
const run = promisify(execFile);

const opruimen = [];
afterEach(async () => {
  while (opruimen.length) await opruimen.pop()();
});

/** A temp dir, removed after the test. */
async function tijdelijk(naam) {
  const dir = await mkdtemp(path.join(os.tmpdir(), naam));
  opruimen.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the build that a test may change while it is served. */
async function kopieVanBuild() {
  const dir = await tijdelijk('werkblad-dist-');
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/**
 * Serves `root` and opens Chromium with a fresh profile, both closed after the test: the
 * harness's start(), without its CSP listener and counting aborted requests as errors.
 * `stopServer()` stops the server on its own.
 */
async function begin(root = DIST) {
  const h = await start({ dist: root, reportCsp: false, ignoreAborted: false });
  opruimen.push(() => h.close());
  return h;
}

/** Waits until a service worker controls the page; resolves to its cache names. */
async function gecontroleerd(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
    return caches.keys();
  });
}

/** The stamped version in a served sw.js. */
async function versieIn(dir) {
  const sw = await readFile(path.join(dir, 'sw.js'), 'utf8');
  return sw.match(/^const VERSIE = '([0-9a-f]{16})';$/m)?.[1];
}

const LABEL = 'Label (code of initialen)';

test('works offline after the first load: app and saved typing are there', async () => {
  const h = await begin();
  const { page } = h;
  await page.goto(h.url);
  await overviewShown(page);
  const caches = await gecontroleerd(page);
  assert.equal(caches.length, 1, `one cache for this version: ${caches}`);
  assert.match(caches[0], /^werkblad http:\/\/127\.0\.0\.1:\d+\/ [0-9a-f]{16}$/);

  await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
  await page.waitForURL(/#\/werkblad\/wb-/);
  await page.getByLabel(LABEL).fill('OFF-1');
  await waitForSaved(page);
  const adres = page.url();

  // Nothing could come from the network now: the browser is offline and the server is gone.
  await h.context.setOffline(true);
  await h.stopServer();
  assert.equal(await page.evaluate(() => navigator.onLine), false);

  await page.reload();
  assert.equal(page.url(), adres);
  assert.equal(await page.getByLabel(LABEL).inputValue(), 'OFF-1');

  // A new tab at the start address (a navigation the cache has never seen as such) works too.
  const tweede = await h.context.newPage();
  await tweede.goto(h.url);
  await overviewShown(tweede);
  await tweede.getByText('OFF-1').first().waitFor();

  assertNoErrors(h);
  assertOnlyOwnOrigin(h);
});

test('the manifest is linked, valid, and its icons load at their stated sizes', async () => {
  const h = await begin();
  const { page } = h;
  await page.goto(h.url);
  await overviewShown(page);

  const kop = await page.evaluate(() => ({
    manifest: document.querySelector('link[rel="manifest"]')?.href,
    themeColor: document.querySelector('meta[name="theme-color"]')?.content,
    apple: document.querySelector('link[rel="apple-touch-icon"]')?.href,
  }));
  assert.equal(kop.manifest, new URL('manifest.webmanifest', h.url).href);
  assert.equal(kop.themeColor, '#154273');

  const antwoord = await h.context.request.get(kop.manifest);
  assert.equal(antwoord.status(), 200);
  assert.match(antwoord.headers()['content-type'], /^application\/manifest\+json/);
  const m = JSON.parse(await antwoord.text());
  assert.equal(m.name, 'Werkblad – Van kijken naar zien');
  assert.equal(m.short_name, 'Werkblad');
  assert.equal(m.lang, 'nl');
  assert.equal(m.start_url, './');
  assert.equal(m.scope, './');
  assert.equal(m.display, 'standalone');
  assert.equal(m.theme_color, '#154273');
  assert.equal(m.background_color, '#ffffff');
  assert.ok(m.description?.length > 20, 'a description');

  // Chromium's own reading of the manifest: no errors, and nothing in the way of installing.
  const cdp = await h.context.newCDPSession(page);
  const gelezen = await cdp.send('Page.getAppManifest');
  assert.deepEqual(gelezen.errors, [], 'manifest errors according to Chromium');
  await gecontroleerd(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'installability errors according to Chromium');

  const iconen = [
    ...m.icons.map((i) => ({ src: new URL(i.src, kop.manifest).href, sizes: i.sizes, purpose: i.purpose })),
    { src: kop.apple, sizes: '180x180', purpose: 'apple-touch-icon' },
  ];
  const doelen = m.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  assert.deepEqual(doelen, ['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icoon of iconen) {
    assert.equal(new URL(icoon.src).origin, new URL(h.url).origin, `${icoon.src} is our own`);
    const [b, hoog] = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, icoon.src);
    assert.equal(`${b}x${hoog}`, icoon.sizes, `${icoon.src} (${icoon.purpose})`);
    const bytes = (await (await h.context.request.get(icoon.src)).body()).length;
    assert.ok(bytes < 20_000, `${icoon.src} is ${bytes} bytes`);
  }

  assertNoErrors(h);
  assertOnlyOwnOrigin(h);
});

test('a new version waits for the app: no reload by itself, then takes over on request', async () => {
  const dir = await kopieVanBuild();
  const h = await begin(dir);
  const { page } = h;
  let laden = 0;
  page.on('load', () => laden++);

  await page.goto(h.url);
  await overviewShown(page);
  const [oudeCache] = await gecontroleerd(page);
  await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
  await page.waitForURL(/#\/werkblad\/wb-/);
  await page.getByLabel(LABEL).fill('nog niet weg');
  await page.evaluate(() => {
    window.__werkbladMarker = 'oud';
    window.__nieuweVersie = 0;
    window.addEventListener('werkblad:nieuwe-versie', () => window.__nieuweVersie++);
  });
  const ladenVoor = laden;

  // Version B: a changed page, stamped again by the same post-build step as a real build.
  const versieA = await versieIn(dir);
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  await writeFile(
    path.join(dir, 'index.html'),
    html.replace('</head>', '<meta name="werkblad-test" content="versie B">\n</head>'),
  );
  await run('bash', [SW_VERSION, dir]);
  const versieB = await versieIn(dir);
  assert.ok(versieA && versieB && versieA !== versieB, `version changes: ${versieA} → ${versieB}`);

  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(() => window.__nieuweVersie > 0);

  // Announced, and waiting: the old worker still controls this page, nothing was reloaded.
  const stand = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return {
      wacht: reg.waiting?.state,
      actiefIsBaas: reg.active === navigator.serviceWorker.controller,
      marker: window.__werkbladMarker,
    };
  });
  assert.deepEqual(stand, { wacht: 'installed', actiefIsBaas: true, marker: 'oud' });
  assert.equal(await page.getByLabel(LABEL).inputValue(), 'nog niet weg');
  assert.equal(laden, ladenVoor, 'the page reloaded by itself');

  // The app asks for it: the new worker takes over and the page reloads onto version B.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => window.dispatchEvent(new CustomEvent('werkblad:activeer-nieuwe-versie'))),
  ]);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const na = await page.evaluate(async () => ({
    marker: window.__werkbladMarker ?? null,
    versie: document.querySelector('meta[name="werkblad-test"]')?.content ?? null,
    gecontroleerd: Boolean(navigator.serviceWorker.controller),
    wacht: Boolean((await navigator.serviceWorker.getRegistration()).waiting),
    caches: await caches.keys(),
  }));
  assert.deepEqual(na, {
    marker: null,
    versie: 'versie B',
    gecontroleerd: true,
    wacht: false,
    caches: [oudeCache.replace(versieA, versieB)],
  });

  assertNoErrors(h);
  assertOnlyOwnOrigin(h);
});

test('scripts/sw-version: stamps the list and a hash of the build, silently, the same when run twice', async () => {
  const dir = await kopieVanBuild();
  const eerste = await readFile(path.join(dir, 'sw.js'), 'utf8');
  assert.doesNotMatch(eerste, /__WERKBLAD_/, 'the build has a stamped sw.js');

  const bestanden = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile() && d.name !== 'sw.js')
    .map((d) => path.relative(dir, path.join(d.parentPath ?? d.path, d.name)))
    .sort();
  // scripts/precompress's .br and .gz copies are for the server, not for the worker's cache.
  assert.ok(bestanden.includes('werkblad_bg.wasm.br'), 'the build has brotli copies');
  const teBewaren = bestanden.filter((b) => !/\.(br|gz)$/.test(b));
  const lijst = JSON.parse(eerste.match(/^const BESTANDEN = (.*);$/m)[1].replaceAll("'", '"'));
  assert.deepEqual(lijst, teBewaren);
  for (const nodig of ['index.html', 'boot.js', 'werkblad.js', 'werkblad_bg.wasm', 'main.css',
    'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png',
    'apple-touch-icon.png']) {
    assert.ok(lijst.includes(nodig), `${nodig} is kept offline`);
  }

  // Twice on the same files: nothing printed, nothing changed.
  for (let i = 0; i < 2; i++) {
    const { stdout, stderr } = await run('bash', [SW_VERSION, dir]);
    assert.equal(stdout + stderr, '');
    assert.equal(await readFile(path.join(dir, 'sw.js'), 'utf8'), eerste);
  }

  // One byte more in the wasm: another version.
  const versie = await versieIn(dir);
  await writeFile(path.join(dir, 'werkblad_bg.wasm'), '\0', { flag: 'a' });
  await run('bash', [SW_VERSION, dir]);
  assert.notEqual(await versieIn(dir), versie);
});
