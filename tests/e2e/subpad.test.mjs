// Hosting under a path: a municipality puts the same dist/ on its intranet at
// https://intranet.example/werkblad/. Every URL in the build is relative, so styles, scripts,
// manifest, icons and the service worker (and its scope) stay under that path.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, assertNoErrors, assertOnlyOwnOrigin, overviewShown, start, waitForSaved } from './harness.mjs';

const PREFIX = '/werkblad/';
const LABEL = 'Label (code of initialen)';

test('dist/ links nothing from the root and keeps no Trunk directives', async () => {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /data-trunk/, 'a Trunk directive was left in the page');
  // Quoted or not: the release build minifies the page.
  const adressen = [...html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|([^\s">]+))/g)].map((m) => m[1] ?? m[2]);
  assert.ok(adressen.length >= 5, `links found: ${adressen}`);
  for (const a of adressen) assert.doesNotMatch(a, /^(\/|[a-z]+:)/i, `${a} is not relative`);
  const manifest = JSON.parse(await readFile(path.join(DIST, 'manifest.webmanifest'), 'utf8'));
  for (const a of [manifest.id, manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)]) {
    assert.doesNotMatch(a, /^(\/|[a-z]+:)/i, `manifest: ${a} is not relative`);
  }
});

test('onder /werkblad/: stijlen laden, de app werkt, de service worker heeft het subpad als bereik', async () => {
  const h = await start({ prefix: PREFIX });
  try {
    const { page } = h;
    assert.ok(h.url.endsWith(PREFIX), h.url);
    // Without the slash, as people type it: the server sends them to the sub-path.
    await page.goto(h.url.slice(0, -1));
    assert.equal(page.url(), h.url);
    await overviewShown(page);

    // The stylesheet came from the sub-path and applies: the main button is the app's blue.
    const stijl = await page.evaluate(() => ({
      bladen: [...document.styleSheets].map((s) => ({ href: s.href, regels: s.cssRules.length })),
      knop: getComputedStyle(document.querySelector('.hoofdknop')).backgroundColor,
      marge: getComputedStyle(document.body).margin,
    }));
    assert.deepEqual(stijl.bladen.map((s) => s.href), [`${h.url}main.css`]);
    assert.ok(stijl.bladen[0].regels > 50, `main.css has ${stijl.bladen[0].regels} rules`);
    assert.equal(stijl.knop, 'rgb(21, 66, 115)');
    assert.equal(stijl.marge, '0px');

    // The app works, and keeps what is typed.
    await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
    await page.waitForURL(/#\/werkblad\/wb-/);
    assert.ok(page.url().startsWith(h.url), page.url());
    await page.getByLabel(LABEL).fill('KM-SUBPAD');
    await waitForSaved(page);
    await page.reload();
    assert.equal(await page.getByLabel(LABEL).inputValue(), 'KM-SUBPAD');

    // The service worker: registered from the sub-path, for the sub-path only.
    const sw = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
      return { scope: reg.scope, script: reg.active.scriptURL, caches: await caches.keys() };
    });
    assert.equal(sw.scope, h.url);
    assert.equal(sw.script, `${h.url}sw.js`);
    assert.equal(sw.caches.length, 1);
    assert.ok(sw.caches[0].startsWith(`werkblad ${h.url} `), sw.caches[0]);

    // The manifest and its icons resolve under the sub-path too.
    const manifestUrl = await page.evaluate(() => document.querySelector('link[rel="manifest"]').href);
    assert.equal(manifestUrl, `${h.url}manifest.webmanifest`);
    const m = await (await h.context.request.get(manifestUrl)).json();
    assert.equal(new URL(m.start_url, manifestUrl).href, h.url);
    assert.equal(new URL(m.scope, manifestUrl).href, h.url);
    for (const icoon of m.icons) {
      const r = await h.context.request.get(new URL(icoon.src, manifestUrl).href);
      assert.equal(r.status(), 200, icoon.src);
    }

    // Every request stayed under the sub-path (the server answers 404 elsewhere, which the
    // harness would also count as an error).
    const buiten = h.requests.filter((u) => !u.startsWith(h.url) && u !== h.url.slice(0, -1));
    assert.deepEqual(buiten, [], 'requests outside the sub-path');
    assertNoErrors(h);
    assertOnlyOwnOrigin(h);
  } finally {
    await h.close();
  }
});
