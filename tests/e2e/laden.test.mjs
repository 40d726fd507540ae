// The second wasm file (issue 14): the pages behind the overview come in split_paginas.<hash>.wasm,
// fetched after the first screen (src/paginas.rs). The overview never waits for it; a page that
// needs it says so while it loads, and when it cannot be fetched, says what happened and offers
// to try again, with nothing lost.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { DIST, assertOnlyOwnOrigin, browserTest, overviewShown } from './harness.mjs';
import { kop } from './werkblad-ui.mjs';

const TWEEDE = '**/split_paginas.*.wasm';
const LADEN = 'Even geduld: dit deel van de app wordt geladen.';

test('de release heeft een tweede wasm-bestand', async () => {
  const bestanden = await readdir(DIST);
  // Named for its content, so a tab running an older first file can never load it.
  assert.equal(bestanden.filter((b) => /^split_paginas\.[0-9a-f]{16}\.wasm$/.test(b)).length, 1, bestanden.join(', '));
  assert.ok(bestanden.includes('__wasm_split.js'), bestanden.join(', '));
});

browserTest('het overzicht wacht niet op het tweede bestand; een werkblad wel, en zegt dat', async ({ h, page }) => {
  // Hold the second file back until the test lets it through.
  let laatDoor;
  const doorgelaten = new Promise((r) => (laatDoor = r));
  let meldVraag;
  const gevraagd = new Promise((r) => (meldVraag = r));
  await h.context.route(TWEEDE, async (route) => {
    // The service worker fetches it too, to keep it for offline use: only the page's own
    // request (after the first screen) counts, and only that one is held back.
    if (route.request().serviceWorker()) return route.continue();
    meldVraag();
    await doorgelaten;
    await route.continue();
  });

  await page.goto(h.url);
  await overviewShown(page);
  // It is asked for by itself, and the overview works without it.
  await gevraagd;
  await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
  await page.waitForURL(/#\/werkblad\/wb-/);
  await page.getByRole('status').filter({ hasText: LADEN }).waitFor();

  laatDoor();
  const titel = kop(page).filter({ hasText: /^Werkblad: / });
  await titel.waitFor();
  // The page that appeared gets the focus, as after any navigation.
  await page.waitForFunction(() => document.activeElement?.id === 'paginatitel');
  await page.getByRole('status').filter({ hasText: LADEN }).waitFor({ state: 'detached' });
  assert.deepEqual(h.errors, []);
  assertOnlyOwnOrigin(h);
});

browserTest('kan het tweede bestand niet worden geladen: een melding, en opnieuw proberen lukt', async ({ h, page }) => {
  // Refused from the start (the service worker cannot keep it either: its install fails).
  let geweigerd = 0;
  await h.context.route(TWEEDE, (route) => {
    geweigerd += 1;
    return route.abort('internetdisconnected');
  });
  // A worksheet from an earlier session, opened by its address (a bookmark).
  await page.goto(h.url);
  await overviewShown(page);
  const oud = await readFile(new URL('../fixtures/werkblad-v2.json', import.meta.url), 'utf8');
  const id = JSON.parse(oud).id;
  await page.evaluate(([id, json]) => localStorage.setItem(`werkblad.wb.${id}`, json), [id, oud]);
  await page.reload();
  await overviewShown(page);
  const voor = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const tab = page;
  await tab.goto(`${h.url}#/werkblad/${id}`);
  const melding = tab.getByRole('alert').filter({ hasText: 'Dit deel van de app kon niet worden geladen.' });
  await melding.waitFor();
  assert.ok(geweigerd >= 1);
  assert.match(await melding.innerText(), /Er is niets verloren gegaan/);
  assert.equal(await tab.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), voor);

  await h.context.unroute(TWEEDE);
  await melding.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await kop(tab).filter({ hasText: 'Werkblad: KM-V2' }).waitFor();
  await melding.waitFor({ state: 'detached' });
  // Only the refused fetches are errors (the request, the browser's and the loader's report of
  // it); nothing else went wrong.
  const anders = h.errors.filter((e) =>
    !/^request failed: \S+\/split_paginas\.[0-9a-f]{16}\.wasm \(net::ERR_INTERNET_DISCONNECTED\)$/.test(e) &&
    e !== 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED' &&
    !/^console\.error: TypeError: Failed to fetch\n\s+at \S+\/__wasm_split\.js:/.test(e));
  assert.deepEqual(anders, [], h.errors.join('\n'));
  assert.ok(h.errors.length >= 2, h.errors.join('\n'));
  assertOnlyOwnOrigin(h);
});
