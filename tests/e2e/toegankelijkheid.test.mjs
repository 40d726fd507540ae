// Accessibility (WCAG 2.1 AA): axe-core on every screen and state, the whole work done with the
// keyboard only, focus in and out of dialogs, reflow at small widths and 200 % zoom, labels,
// the page language and reduced motion.
//
// axe-core (npm, pinned in package.json) is injected with page.evaluate(source), not with
// page.addScriptTag: that inlines the file as a <script> element, which the app's CSP
// (script-src 'self', no 'unsafe-inline') rightly blocks. page.evaluate is run through the DevTools
// protocol, where Chromium lets the test's own code run under the page's CSP. So the app is
// tested with its policy exactly as shipped (no bypassCSP), and the harness's CSP listener would
// fail the test if that ever changed.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { assertNoErrors, assertOnlyOwnOrigin, openApp, overviewShown, start, waitForSaved } from './harness.mjs';
import {
  exporteerAlles,
  kop,
  maakMetLabel,
  naarOverzicht,
  nieuwMoment,
  nieuwVervolg,
  OBSERVATIES,
  rij,
  sectie,
  thema,
  TIJD_LABEL,
  viaMenu,
  VRAGEN,
} from './werkblad-ui.mjs';

const require = createRequire(import.meta.url);
const AXE_BRON = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Screenshots for a person to look at; outside the repository on purpose. */
const SCHERMAFBEELDINGEN = process.env.WERKBLAD_SHOTS ?? '/tmp/werkblad-shots';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VRAAG_1 = VRAGEN[0];

/** A worksheet with every kind of part on screen: lists, "Keuze wissen", the "Anders" field. */
const RIJK = {
  gesprek: {
    datum: '2026-11-03',
    soort: 'Anders',
    soortAnders: 'Telefonisch',
    aanwezig: ['Cliënt'],
    doel: 'Afspraken maken over de eerste stap.',
  },
  themas: {
    0: { antwoord: 'Deels', observaties: 'Cliënt wordt stil.', momenten: [{ tijd: '12:05', wat: 'Stilte na het woord sanctie.' }] },
  },
  feedback: { werkrelatie: '7' },
  slim: { rol: '2. Leraar' },
  voornemens: ['Eerst vragen hoe het gaat.'],
};

// ---------------------------------------------------------------------------------------------
// Finding and doing things

const verwijderDialoog = (page) => page.getByRole('dialog', { name: 'Werkblad verwijderen?' });

/** `maakMetLabel`, and the editor's heading shows the label. Resolves to the worksheet's id. */
async function maakWerkblad(page, label, extra = {}) {
  const id = await maakMetLabel(page, label, extra);
  await kop(page).filter({ hasText: `Werkblad: ${label}` }).waitFor();
  return id;
}

/** Navigates by hash (as a link would) and waits for the page's h1. */
async function gaNaar(page, hash, titel) {
  await page.goto(new URL(hash, page.url()).href);
  await kop(page).filter({ hasText: titel }).first().waitFor();
}

/** Opens every <details> (the help panels), as a reader who wants all the help would. */
const openAlleUitleg = (page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    return document.querySelectorAll('details:not([open])').length;
  });

// ---------------------------------------------------------------------------------------------
// axe-core

/** Rule id → { v, staten, doelen }: what failed anywhere in this run, for one summary at the end. */
const overtredingen = new Map();
/** The same for axe's best-practice rules: reported as advice, never a failure. */
const adviezen = new Map();

async function laadAxe(page) {
  const geladen = await page.evaluate(() => typeof window.axe?.run === 'function');
  // `;0`: evaluate returns the script's last value; this keeps it from serializing axe itself.
  if (!geladen) await page.evaluate(`${AXE_BRON}\n;0`);
}

function onthoud(map, v, staat) {
  const bekend = map.get(v.id) ?? { v, staten: new Set(), doelen: new Set() };
  bekend.staten.add(staat);
  for (const n of v.nodes) bekend.doelen.add(n.target.flat().join(' '));
  map.set(v.id, bekend);
}

/**
 * Runs axe on the page, or on one part of it: the WCAG 2.0/2.1 A and AA rules, and the
 * best-practice rules as advice. Resolves to the WCAG violations as readable lines (empty when
 * there are none).
 */
async function axe(page, staat, deel = null) {
  await laadAxe(page);
  const opties = { runOnly: { type: 'tag', values: [...WCAG, 'best-practice'] }, resultTypes: ['violations'] };
  const uitslag = deel
    ? await deel.evaluate((el, o) => window.axe.run(el, o), opties)
    : await page.evaluate((o) => window.axe.run(document, o), opties);
  const regels = [];
  for (const v of uitslag.violations) {
    if (!v.tags.some((t) => WCAG.includes(t))) {
      onthoud(adviezen, v, staat);
      continue;
    }
    onthoud(overtredingen, v, staat);
    regels.push(`[${staat}] ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}`);
    for (const n of v.nodes) {
      const waarom = n.failureSummary?.split('\n').slice(1).map((r) => r.trim()).filter(Boolean).join(' / ');
      regels.push(`    - ${n.target.flat().join(' ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 160)}\n      ${waarom}`);
    }
  }
  return regels;
}

/** Collects axe findings over several states of one test and fails once, with all of them. */
function axeLogboek(page) {
  const regels = [];
  const staten = [];
  return {
    async controleer(staat, deel) {
      staten.push(staat);
      regels.push(...(await axe(page, staat, deel)));
    },
    assertSchoon() {
      assert.ok(staten.length > 0);
      assert.equal(regels.length, 0, `axe found WCAG violations:\n${regels.join('\n')}`);
    },
  };
}

/** One readable list per rule, at the end of the run: what to fix, and where. */
function samenvatting(titel, map) {
  if (map.size === 0) return [];
  const uit = ['', `== ${titel} ==`];
  for (const [id, { v, staten, doelen }] of map) {
    uit.push(`${id} (${v.impact}): ${v.help}`, `  ${v.helpUrl}`, `  on: ${[...staten].join('; ')}`);
    uit.push(...[...doelen].slice(0, 12).map((d) => `  - ${d}`));
    if (doelen.size > 12) uit.push(`  … and ${doelen.size - 12} more`);
  }
  return uit;
}

after(() => {
  const uit = [
    ...samenvatting('axe: WCAG 2.1 A/AA violations, by rule', overtredingen),
    ...samenvatting('axe: best-practice advice (does not fail the run)', adviezen),
  ];
  if (uit.length > 0) console.log(uit.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// Focus

/** What has keyboard focus, and whether the focus is visible (an outline or a box shadow). */
const focusInfo = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const schaduw = cs.boxShadow !== 'none';
    const soort = el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase();
    const naam = (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    return {
      soort,
      naam,
      id: el.id,
      zichtbaar: outline || schaduw,
      stijl: `outline: ${cs.outlineStyle} ${cs.outlineWidth}; box-shadow: ${cs.boxShadow}`,
      groep: el.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim() ?? null,
      thema: document.getElementById(el.closest('section.thema')?.getAttribute('aria-labelledby'))?.textContent.trim() ?? null,
      inDialoog: Boolean(el.closest('dialog[open]')),
      inMain: Boolean(el.closest('main')),
    };
  });

const beschrijf = (f) => (f ? `${f.soort} "${f.naam.slice(0, 60)}"${f.id ? ` #${f.id}` : ''}` : '(nothing)');

/**
 * Presses Tab (or Shift+Tab) until `doel(focus)` holds. Every element passed on the way must show
 * its focus; their kinds are added to `gezien`. Resolves to the focus info of the target.
 */
async function tabNaar(page, doel, { terug = false, max = 80, gezien = new Set() } = {}) {
  const pad = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(terug ? 'Shift+Tab' : 'Tab');
    const f = await focusInfo(page);
    pad.push(beschrijf(f));
    if (f) {
      assert.ok(f.zichtbaar, `no visible focus on ${beschrijf(f)} (${f.stijl})`);
      gezien.add(f.soort);
      if (doel(f)) return f;
    }
  }
  assert.fail(`not reached with ${terug ? 'Shift+Tab' : 'Tab'}; went through:\n  ${pad.join('\n  ')}`);
}

const wachtOpFocus = (page, id) => page.waitForFunction((i) => document.activeElement?.id === i, id);

// ---------------------------------------------------------------------------------------------
// Layout

/** Elements that stick out to the right of the viewport (for a readable failure). */
const uitstekers = (page) =>
  page.evaluate(() => {
    const breed = document.documentElement.clientWidth;
    const uit = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > breed + 0.5 && !el.closest('.tabel-scroll, .sr-only')) {
        uit.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''} right=${Math.round(r.right)}`);
      }
    }
    return uit.slice(0, 15);
  });

async function assertGeenHorizontaalScrollen(page, wat) {
  const { scroll, breed } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    breed: window.innerWidth,
  }));
  if (scroll > breed) {
    assert.fail(`${wat}: page is ${scroll}px wide in a ${breed}px viewport; sticking out:\n  ${(await uitstekers(page)).join('\n  ')}`);
  }
}

// ---------------------------------------------------------------------------------------------

/** Stands in for window.print: the print dialog would block a headless browser. */
function vervangAfdrukken() {
  const afdrukken = () => {
    window.__afgedrukt = (window.__afgedrukt ?? 0) + 1;
  };
  window.print = afdrukken;
  Window.prototype.print = afdrukken;
}

// One browser for the whole file (starting and closing one takes ~4 s); every test starts from
// empty storage, a reloaded app, the default viewport and no emulated media.
describe('Toegankelijkheid', () => {
  let h;
  let page;

  before(async () => {
    h = await start();
    page = h.page;
    await h.context.addInitScript(vervangAfdrukken);
  });

  after(() => h?.close());

  beforeEach(async () => {
    if (page.url().startsWith(h.url)) {
      // Leave any editor first (it saves when it closes), then empty the storage. One full load
      // (openApp) per test: a second one right after it would abort the first one's requests.
      await page.evaluate(() => {
        location.hash = '#/';
      });
      await overviewShown(page);
      await page.evaluate(() => localStorage.clear());
    }
    h.errors.length = 0;
    await openApp(h);
  });

  afterEach(async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: null });
    assertNoErrors(h);
    assertOnlyOwnOrigin(h);
  });

  describe('a. axe: geen WCAG 2.1 AA-fouten op enig scherm', () => {
    test('overzicht: leeg, met werkbladen, kopie, verwijderdialoog, ongedaan maken', async () => {
      const log = axeLogboek(page);
      await log.controleer('overzicht, leeg');

      await maakWerkblad(page, 'KM-AXE-1');
      await naarOverzicht(page);
      await maakWerkblad(page, 'KM-AXE-2');
      await naarOverzicht(page);
      await rij(page, 'KM-AXE-2').waitFor();
      await log.controleer('overzicht met werkbladen');

      await rij(page, 'KM-AXE-1').getByRole('button', { name: 'Kopie maken' }).click();
      await page.getByRole('status').filter({ hasText: 'Kopie gemaakt' }).waitFor();
      await log.controleer('overzicht, kopie gemaakt');

      await rij(page, 'KM-AXE-1').getByRole('button', { name: 'Verwijderen' }).click();
      await verwijderDialoog(page).waitFor();
      await log.controleer('verwijderdialoog open');

      await verwijderDialoog(page).getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
      await log.controleer('overzicht, melding "is verwijderd" met ongedaan maken');

      // The update banner, as boot.js announces a new version.
      await page.evaluate(() => window.dispatchEvent(new CustomEvent('werkblad:nieuwe-versie')));
      await page.getByRole('button', { name: 'Nu bijwerken' }).waitFor();
      await log.controleer('melding "nieuwe versie"');
      log.assertSchoon();
    });

    test('werkblad: hele pagina met alle uitleg open, elk onderdeel in beeld, foutmeldingen, privacywaarschuwing, vervolggesprek', async () => {
      const log = axeLogboek(page);
      await maakWerkblad(page, 'KM-AXE-ED', RIJK);
      assert.equal(await openAlleUitleg(page), 0);
      await log.controleer('werkblad, alle uitleg open');

      for (const s of await page.locator('main section.sectie').all()) {
        await s.scrollIntoViewIfNeeded();
        const naam = await s.getByRole('heading', { level: 2 }).first().textContent();
        await log.controleer(`werkblad, onderdeel "${naam}" in beeld`, s);
      }

      // Error states: a time code and a score that do not parse.
      const m = nieuwMoment(page, VRAAG_1);
      await m.getByLabel(TIJD_LABEL).fill('75:99');
      await m.getByLabel('Wat gebeurde er?').fill('Iets.');
      await m.getByRole('button', { name: 'Moment toevoegen' }).click();
      await m.getByRole('alert').filter({ hasText: /seconden/ }).waitFor();
      const feedback = sectie(page, '3. Cliëntfeedback');
      await feedback.getByLabel('Cijfer voor de werkrelatie', { exact: true }).fill('11');
      await feedback.getByRole('alert').filter({ hasText: /10/ }).waitFor();
      await log.controleer('werkblad, ongeldige tijd en ongeldig cijfer');

      // The privacy guard.
      await thema(page, VRAAG_1).getByLabel(OBSERVATIES).fill('Bel haar op 06-12345678.');
      await thema(page, VRAAG_1).getByRole('button', { name: /^Vervang door/ }).waitFor();
      await log.controleer('werkblad, privacywaarschuwing');
      await waitForSaved(page);

      // A follow-up worksheet shows the look back at the previous intentions.
      await nieuwVervolg(page);
      await openAlleUitleg(page);
      await log.controleer('vervolggesprek met terugblik');
      log.assertSchoon();
    });

    test('afdrukken: voorbeeld van een werkblad (met privacywaarschuwing) en een leeg werkblad', async () => {
      const log = axeLogboek(page);
      const id = await maakWerkblad(page, 'KM-AXE-PRINT', {
        ...RIJK,
        themas: { 0: { ...RIJK.themas[0], observaties: 'Tel. 06-12345678' } },
      });
      await gaNaar(page, `#/werkblad/${id}/afdrukken`, 'Afdrukken');
      await page.getByRole('note').waitFor();
      await log.controleer('afdrukvoorbeeld');

      await naarOverzicht(page);
      await page.getByRole('link', { name: 'Leeg werkblad afdrukken' }).click();
      await kop(page).filter({ hasText: 'Leeg werkblad afdrukken' }).waitFor();
      await log.controleer('leeg werkblad afdrukken');
      log.assertSchoon();
    });

    test('back-up: export, importvoorbeeld, import klaar, importfout', async () => {
      const log = axeLogboek(page);
      await maakWerkblad(page, 'KM-AXE-BACKUP');
      await naarOverzicht(page);

      const bestand = await exporteerAlles(page);
      await page.getByRole('status').filter({ hasText: 'geëxporteerd' }).waitFor();
      await log.controleer('na export');

      const invoer = page.getByLabel('Importeer een back-up (.json)');
      await invoer.setInputFiles({ name: bestand.name, mimeType: 'application/json', buffer: Buffer.from(bestand.text) });
      await page.getByRole('heading', { name: 'Wat deze import doet' }).waitFor();
      await log.controleer('importvoorbeeld');

      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Import klaar' }).waitFor();
      await log.controleer('import klaar, met ongedaan maken');

      await invoer.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('dit is geen JSON') });
      await page.locator('.backup [role="alert"] .melding').waitFor();
      await log.controleer('importfout (geen JSON)');
      log.assertSchoon();
    });

    test('privacy, toegankelijkheid, niet gevonden, opstartmelding', async () => {
      const log = axeLogboek(page);
      await viaMenu(page, 'Privacy');
      // aria-disabled until WISSEN is typed: still focusable and pressable, it then explains why not.
      await page.getByRole('button', { name: 'Alles wissen' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Er is niets gewist' }).waitFor();
      await log.controleer('privacypagina, met melding');

      await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
      await kop(page).filter({ hasText: 'Toegankelijkheidsverklaring' }).waitFor();
      await log.controleer('toegankelijkheidsverklaring');

      await gaNaar(page, '#/werkblad/wb-bestaatniet', 'Werkblad niet gevonden');
      await log.controleer('werkblad niet gevonden');

      await gaNaar(page, '#/', 'Mijn werkbladen');
      await page.evaluate(() => localStorage.setItem('werkblad.wb.wb-kapot', '{"dit is": geen werkblad'));
      await page.reload();
      await overviewShown(page);
      await page.getByRole('alert').filter({ hasText: 'apart gezet' }).waitFor();
      await log.controleer('opstartmelding (onleesbare opslag apart gezet)');

      // A worksheet from a newer version of the app opens read-only.
      const id = await maakWerkblad(page, 'KM-NIEUWER');
      await page.evaluate((sleutel) => {
        const wb = JSON.parse(localStorage.getItem(sleutel));
        localStorage.setItem(sleutel, JSON.stringify({ ...wb, schema_version: 999 }));
      }, `werkblad.wb.${id}`);
      await page.reload();
      await kop(page).filter({ hasText: 'alleen lezen' }).waitFor();
      await log.controleer('werkblad van een nieuwere versie, alleen lezen');
      log.assertSchoon();
    });

    test('beveiliging met een wachtwoord: uit, aan, ontgrendelscherm, fout wachtwoord, vergeten', async () => {
      const log = axeLogboek(page);
      const wachtwoord = 'lange zin als wachtwoord';
      await maakWerkblad(page, 'KM-SLOT');
      await viaMenu(page, 'Privacy');
      await log.controleer('privacypagina, beveiliging uit');
      await page.getByLabel('Nieuw wachtwoord').fill(wachtwoord);
      await page.getByLabel('Herhaal het wachtwoord').fill(wachtwoord);
      await page.getByRole('button', { name: 'Beveiliging aanzetten' }).click();
      await page.getByRole('status').filter({ hasText: 'De beveiliging staat aan' }).waitFor();
      await log.controleer('privacypagina, beveiliging aan');

      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Vergrendelen' }).click();
      await kop(page).filter({ hasText: 'Werkblad is vergrendeld' }).waitFor();
      await log.controleer('ontgrendelscherm');
      await page.getByLabel('Wachtwoord', { exact: true }).fill('niet het goede');
      await page.getByRole('button', { name: 'Ontgrendelen' }).click();
      await page.getByRole('alert').filter({ hasText: /wachtwoord/i }).waitFor();
      await log.controleer('ontgrendelscherm, fout wachtwoord');
      await page.getByText('Wachtwoord vergeten?').click();
      await log.controleer('ontgrendelscherm, "wachtwoord vergeten" open');

      // Leave the lock off for the next test: wipe, as someone who forgot the passphrase would.
      await page.getByLabel('Typ WISSEN om alles in deze browser te wissen').fill('WISSEN');
      await page.getByRole('button', { name: 'Alles wissen' }).click();
      await kop(page).filter({ hasText: 'Privacy' }).waitFor();
      log.assertSchoon();
    });
  });

  test('b. van nieuw werkblad tot afdrukken met alleen het toetsenbord, focus altijd zichtbaar', async () => {
    const gezien = new Set();
    const k = page.keyboard;

    // The first Tab reaches the skip link; it takes focus into main.
    await k.press('Tab');
    const skip = await focusInfo(page);
    assert.equal(skip?.naam, 'Direct naar de inhoud', `first Tab: ${beschrijf(skip)}`);
    assert.ok(skip.zichtbaar, `skip link focus not visible (${skip.stijl})`);
    assert.ok(
      await page.getByRole('link', { name: 'Direct naar de inhoud' }).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && r.width > 0;
      }),
      'the skip link is on screen when focused',
    );
    gezien.add('a');
    await k.press('Enter');
    await wachtOpFocus(page, 'hoofdinhoud');

    // The next Tab goes on inside main, past the header: "Nieuw werkblad". Its focus goes to the
    // new worksheet's heading.
    const eerste = await tabNaar(page, () => true, { gezien, max: 1 });
    assert.ok(eerste.inMain, `after the skip link, Tab goes on in main; it went to ${beschrijf(eerste)}`);
    assert.equal(beschrijf(eerste), 'button "Nieuw werkblad"');
    await k.press('Enter');
    await page.waitForURL(/#\/werkblad\/wb-/);
    await wachtOpFocus(page, 'paginatitel');

    // A label.
    await tabNaar(page, (f) => f.naam === 'Label (code of initialen)', { gezien, max: 20 });
    await k.type('KM-TOETS');
    await kop(page).filter({ hasText: 'Werkblad: KM-TOETS' }).waitFor();

    // Theme question 1 with the arrow keys: Tab enters the group, Space chooses, arrows move.
    const radio = await tabNaar(page, (f) => f.soort === 'radio' && f.groep === 'Antwoord op vraag 1', { gezien });
    assert.equal(radio.naam, 'Ja', 'Tab enters an unanswered group at its first option');
    await k.press('Space');
    await k.press('ArrowRight');
    await k.press('ArrowDown');
    await k.press('ArrowLeft');
    const antwoord = thema(page, VRAAG_1).getByRole('group', { name: 'Antwoord op vraag 1' });
    assert.ok(await antwoord.getByRole('radio', { name: 'Deels', exact: true }).isChecked());
    assert.equal((await focusInfo(page)).naam, 'Deels');
    assert.ok((await focusInfo(page)).zichtbaar, 'radio focus visible after arrow keys');

    // A moment: time, what happened, then the button.
    await tabNaar(page, (f) => f.naam === TIJD_LABEL && f.thema?.includes(VRAAG_1), { gezien, max: 10 });
    await k.type('12:05');
    await k.press('Tab');
    assert.equal((await focusInfo(page)).naam, 'Wat gebeurde er?');
    await k.type('Cliënt wordt stil.');
    await tabNaar(page, (f) => f.soort === 'button' && f.naam === 'Moment toevoegen', { gezien, max: 4 });
    await k.press('Enter');
    await thema(page, VRAAG_1).getByRole('group', { name: 'Moment 1 — 12:05' }).waitFor();
    await waitForSaved(page);

    // Back up to "Afdrukken" and follow it; focus goes to the print page's heading.
    await tabNaar(page, (f) => f.soort === 'a' && f.naam === 'Afdrukken', { gezien, terug: true, max: 120 });
    await k.press('Enter');
    await kop(page).filter({ hasText: /^Afdrukken$/ }).waitFor();
    await wachtOpFocus(page, 'paginatitel');
    await tabNaar(page, (f) => f.soort === 'button' && f.naam === 'Afdrukken', { gezien, max: 10 });
    await k.press('Space');
    // window.print is replaced by a counter (see vervangAfdrukken).
    await page.waitForFunction(() => window.__afgedrukt === 1);

    for (const soort of ['a', 'button', 'text', 'textarea', 'radio', 'checkbox', 'summary', 'select']) {
      assert.ok(gezien.has(soort), `no ${soort} reached by keyboard (saw ${[...gezien]})`);
    }
  });

  test('c. de verwijderdialoog houdt de focus vast en geeft hem terug', async () => {
    await maakWerkblad(page, 'KM-DIALOOG');
    await naarOverzicht(page);
    await page.getByRole('heading', { level: 1, name: 'Mijn werkbladen' }).focus();

    const knop = await tabNaar(page, (f) => f.soort === 'button' && f.naam === 'Verwijderen', { max: 15 });
    await page.keyboard.press('Enter');
    await verwijderDialoog(page).waitFor();
    const bijOpenen = await focusInfo(page);
    assert.ok(bijOpenen?.inDialoog, `focus in the dialog when it opens: ${beschrijf(bijOpenen)}`);
    assert.equal(bijOpenen.naam, 'Annuleren', 'the safe choice has focus first');

    // Both ways round, twice the number of buttons: focus stays in the dialog. At the ends the
    // browser may pass focus to its own toolbar (activeElement is then <body>); never to the page.
    const bezocht = new Set();
    for (const toets of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(toets);
      const f = await focusInfo(page);
      if (f === null) continue;
      assert.ok(f.inDialoog, `${toets} left the dialog for ${beschrijf(f)}`);
      assert.ok(f.zichtbaar, `no visible focus on ${beschrijf(f)}`);
      bezocht.add(f.naam);
    }
    assert.deepEqual([...bezocht].sort(), ['Annuleren', 'Ja, verwijderen']);

    await page.keyboard.press('Escape');
    await verwijderDialoog(page).waitFor({ state: 'hidden' });
    const terug = await focusInfo(page);
    assert.equal(beschrijf(terug), beschrijf(knop), 'focus back on the button that opened the dialog');
    assert.ok(terug.zichtbaar, 'and visibly so');
    await rij(page, 'KM-DIALOOG').waitFor();
  });

  test('d. geen horizontaal scrollen op 320, 640 (1280 op 200 %), 768 en 1280 pixels breed; axe op 320', async () => {
    const log = axeLogboek(page);
    await mkdir(SCHERMAFBEELDINGEN, { recursive: true });
    const label = 'KM-REFLOW-EEN-HEEL-LANG-LABEL-ZONDER-SPATIES-0123456789';
    const id = await maakWerkblad(page, label, {
      ...RIJK,
      themas: { 0: { ...RIJK.themas[0], observaties: 'Bel 06-12345678 terug.' } },
    });

    const paginas = [
      ['overzicht', '#/', 'Mijn werkbladen'],
      ['werkblad', `#/werkblad/${id}`, `Werkblad: ${label}`],
      ['afdrukken', `#/werkblad/${id}/afdrukken`, 'Afdrukken'],
      ['privacy', '#/privacy', 'Privacy'],
    ];
    const maten = [
      [320, 800],
      [640, 400],
      [768, 800],
      [1280, 800],
    ];
    const fouten = [];
    for (const [naam, hash, titel] of paginas) {
      await gaNaar(page, hash, titel);
      await openAlleUitleg(page);
      for (const [width, height] of maten) {
        await page.setViewportSize({ width, height });
        try {
          await assertGeenHorizontaalScrollen(page, `${naam} op ${width}×${height}`);
        } catch (e) {
          fouten.push(e.message);
        }
        if (width === 320) await log.controleer(`${naam}, 320 px breed, alle uitleg open`);
        if (width === 320 || width === 1280) {
          await page.screenshot({ path: path.join(SCHERMAFBEELDINGEN, `${naam}-${width}.png`), fullPage: true });
        }
      }
    }
    // The SLIM table may scroll sideways inside its own box (a data table, 1.4.10); a close-up.
    await gaNaar(page, `#/werkblad/${id}`, `Werkblad: ${label}`);
    await page.setViewportSize({ width: 320, height: 800 });
    await openAlleUitleg(page);
    const tabel = page.getByRole('table', { name: /Wat bij elkaar hoort/ });
    await tabel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCHERMAFBEELDINGEN, 'slim-tabel-320.png') });

    // The dialog too, on the smallest screen.
    await gaNaar(page, '#/', 'Mijn werkbladen');
    await page.setViewportSize({ width: 320, height: 800 });
    await rij(page, label).getByRole('button', { name: 'Verwijderen' }).click();
    await verwijderDialoog(page).waitFor();
    const past = await verwijderDialoog(page).evaluate((d) => {
      const r = d.getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth && d.scrollWidth <= d.clientWidth;
    });
    if (!past) fouten.push('the delete dialog does not fit 320px');
    await page.screenshot({ path: path.join(SCHERMAFBEELDINGEN, 'dialoog-320.png') });
    await log.controleer('verwijderdialoog, 320 px breed');
    assert.deepEqual(fouten, []);
    log.assertSchoon();
  });

  test('e. taal, zichtbare labels bij elk veld, en geen beweging bij "reduce motion"', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');

    const zonderLabel = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea')]
          .filter((el) => el.type !== 'hidden')
          // A field folded away (in a closed <details>) is not on screen; it is checked when shown.
          .filter((el) => el.checkVisibility())
          .filter((el) => {
            const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
            const zichtbaar =
              label !== null &&
              label.textContent.trim() !== '' &&
              label.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
              label.offsetWidth > 1 &&
              label.offsetHeight > 1;
            if (zichtbaar) return false;
            // A radio or checkbox may also be named by a wrapping label, inside a fieldset with a legend.
            const legend = el.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim();
            const groep = ['radio', 'checkbox'].includes(el.type) && legend && el.labels?.length > 0;
            return !groep;
          })
          .map((el) => `${el.tagName.toLowerCase()}[type=${el.type}]#${el.id}`),
      );
    const beweging = () => page.evaluate(() => document.getAnimations().map((a) => `${a.constructor.name} on ${a.effect?.target?.tagName}`));

    const fouten = [];
    const kijk = async (scherm) => {
      for (const f of await zonderLabel()) fouten.push(`${scherm}: ${f} has no visible <label for>`);
      for (const a of await beweging()) fouten.push(`${scherm}: running ${a} with reduced motion`);
    };

    await kijk('overzicht');
    const id = await maakWerkblad(page, 'KM-LABELS', RIJK);
    await openAlleUitleg(page);
    await kijk('werkblad');
    await nieuwVervolg(page);
    await openAlleUitleg(page);
    await kijk('vervolggesprek');
    await gaNaar(page, `#/werkblad/${id}/afdrukken`, 'Afdrukken');
    await kijk('afdrukken');
    await gaNaar(page, '#/privacy', 'Privacy');
    await kijk('privacy');
    await naarOverzicht(page);
    await rij(page, 'KM-LABELS').first().getByRole('button', { name: 'Verwijderen' }).click();
    await verwijderDialoog(page).waitFor();
    await kijk('verwijderdialoog');
    await page.keyboard.press('Escape');
    await kijk('overzicht na dialoog');
    assert.deepEqual(fouten, []);
  });

  test('f. na een navigatie gaat de focus naar de kop, behalve als je al verder bent in de nieuwe pagina', async () => {
    const id = await maakWerkblad(page, 'KM-FOCUS');
    // The follow-up opens from a button of the page it leaves (the same kind of page, which may
    // be rebuilt in place with the button still focused): focus must go to the new heading.
    await page.getByRole('button', { name: 'Nieuw vervolggesprek' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash.startsWith('#/werkblad/') && !u.hash.includes(id));
    await wachtOpFocus(page, 'paginatitel');

    // Someone quicker than the next frame: a button in the new page focused right after the
    // navigation keeps focus, and Enter does what it says.
    for (let i = 0; i < 5; i++) {
      await gaNaar(page, '#/', 'Mijn werkbladen');
      await page.evaluate(() => {
        // As soon as the new page is drawn (in the microtasks after the hash change, before any
        // frame), focus its first button, as a fast keyboard user in a slow tab would.
        window.addEventListener('hashchange', () => {
          const probeer = (n) => {
            const knop = document.querySelector('main button');
            if (document.querySelector('main h1')?.textContent === 'Privacy' && knop) knop.focus();
            else if (n > 0) queueMicrotask(() => probeer(n - 1));
          };
          probeer(1000);
        }, { once: true });
        location.hash = '#/privacy';
      });
      await kop(page).filter({ hasText: 'Privacy' }).waitFor();
      await page.waitForFunction(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(() => klaar(true)))));
      assert.equal(await page.evaluate(() => document.activeElement?.closest('main') && document.activeElement.tagName), 'BUTTON', `round ${i}`);
    }
  });
});
