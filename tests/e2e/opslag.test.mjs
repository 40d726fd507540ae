// Issue "Never lose a keystroke": a full store (while typing, at start-up, when leaving the
// editor, during a conflict), no store at all, two tabs on one worksheet, old and newer data, and
// a crash between the two writes of a save. In none of them may typed text be lost.
// Elements are found by role and label; waits are on what the page shows or stores, never on
// the clock. Steps whose failure should not hide the next ones are `t.test()` steps.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import {
  assertNoErrors,
  browserTest,
  captureDownload,
  openApp,
  overviewShown,
  start,
  waitForSaved,
} from './harness.mjs';
import {
  OBSERVATIES,
  VRAGEN,
  doelVeld,
  exporteerAlles,
  kop,
  maakMetLabel,
  nieuwWerkblad,
  openVanuitOverzicht,
  rij,
  sectie,
  thema,
  viaMenu,
} from './werkblad-ui.mjs';

const lees = (pad) => readFile(new URL(pad, import.meta.url), 'utf8');
/** A worksheet as version 1 of the app stored it. */
const FIXTURE_V1 = await lees('../fixtures/werkblad-v1.json');
/** The schema version this build writes (`model::SCHEMA_VERSIE`). */
const SCHEMA_VERSIE = Number((await lees('../../src/model/werkblad.rs')).match(/pub const SCHEMA_VERSIE: u32 = (\d+);/)[1]);
/** Safari's worst-case quota in UTF-16 units, which the meter measures against (`repo::QUOTUM`). */
const QUOTUM = 2_621_440;
/** The longest text one field takes (`model::MAX_TEKST`): 200 KB in UTF-16. */
const MAX_TEKST = 100_000;

const wbKey = (id) => `werkblad.wb.${id}`;

// ---------------------------------------------------------------------------------------------
// Finding things

const labelVeld = (page) => sectie(page, '1. Het gesprek').getByLabel('Label (code of initialen)');
const observaties = (page, vraag = 0) => thema(page, VRAGEN[vraag]).getByLabel(OBSERVATIES);
const status = (page, tekst) => page.getByRole('status').filter({ hasText: tekst });
const melding = (page, tekst) => page.getByRole('alert').filter({ hasText: tekst });
/** The choice offered when another tab saved the same worksheet. */
const CONFLICT = 'Dit werkblad is intussen in een ander tabblad gewijzigd. Welke versie wil je houden?';

// ---------------------------------------------------------------------------------------------
// Reading and changing localStorage behind the app's back

const opgeslagen = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const zetOpgeslagen = (page, key, waarde) => page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, waarde]);

/** Every value of the app's worksheets, joined: to check that a text is kept *somewhere*. */
const alleWerkbladen = (page) =>
  page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([k]) => k.startsWith('werkblad.wb.'))
      .map(([, v]) => v)
      .join('\n'),
  );

/** The stored worksheet labelled `label`, parsed; undefined when there is none. */
const werkbladMetLabel = (page, label) =>
  page.evaluate(
    (l) =>
      Object.entries(localStorage)
        .filter(([k]) => k.startsWith('werkblad.wb.'))
        .map(([, v]) => JSON.parse(v))
        .find((wb) => wb.gesprek?.label === l),
    label,
  );
const emotieIn = (wb) => wb?.themas['thema.emotie'].observaties;

/** Waits until the value under `key` contains `tekst`. */
const wachtTotOpgeslagen = (page, key, tekst) =>
  page.waitForFunction(([k, t]) => localStorage.getItem(k)?.includes(t), [key, tekst]);

/** The app's use of the store as the meter should count it: UTF-16 units of its keys and values. */
const gebruikInOpslag = (page) =>
  page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([k]) => k.startsWith('werkblad.'))
      .reduce((som, [k, v]) => som + k.length + v.length, 0),
  );

/**
 * Fills localStorage with keys of someone else (`vulsel.*`, not ours) until a write throws
 * QuotaExceededError, then frees `vrij` UTF-16 units again. Runs in the page.
 */
function vulOpslag(page, vrij) {
  return page.evaluate((vrij) => {
    let n = 0;
    for (let stuk = 1 << 22; stuk >= 1; ) {
      try {
        localStorage.setItem(`vulsel.${n}`, 'v'.repeat(stuk));
        n += 1;
      } catch (e) {
        if (e.name !== 'QuotaExceededError') throw e;
        stuk >>= 1;
      }
    }
    const eerste = localStorage.getItem('vulsel.0');
    localStorage.setItem('vulsel.0', eerste.slice(0, eerste.length - vrij));
  }, vrij);
}

const verwijderVulsel = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vulsel.')).forEach((k) => localStorage.removeItem(k)));

/** Adds `tekst` at the end of a field, after a space, as someone typing on would. */
async function typErbij(veld, tekst) {
  const nu = await veld.inputValue();
  await veld.fill(nu ? `${nu} ${tekst}` : tekst);
}

/** Waits until an input or text area (found by label) holds exactly `tekst`. */
async function wachtOpWaarde(veld, tekst, timeout) {
  const el = await veld.elementHandle();
  await veld.page().waitForFunction(([el, t]) => el.value === t, [el, tekst], { timeout });
}

/**
 * Holds back the editor's autosave in `page` (its 500 ms debounce timer never fires), so the
 * page saves only when the user chooses something. Other timers run as usual.
 */
const houdAutosaveVast = (page) =>
  page.evaluate(() => {
    const echt = window.setTimeout;
    window.setTimeout = (f, ms, ...rest) => (ms === 500 ? 0 : echt(f, ms, ...rest));
  });

/** The percentage the storage meter shows. */
async function meterProcent(page) {
  const tekst = await page.getByText(/^Opslag in deze browser: \d+ % gebruikt/).textContent();
  return Number(tekst.match(/: (\d+) %/)[1]);
}

/**
 * A stored worksheet in the current format, made from the v1 fixture (themes keyed by id, as
 * the v1 → v2 step does), with `wijzig` applied to it.
 */
function werkbladJson(wijzig) {
  const wb = JSON.parse(FIXTURE_V1);
  wb.schema_version = SCHEMA_VERSIE;
  wb.revisie = 1;
  wb.themas = Object.fromEntries(wb.themas.map(({ thema: id, ...rest }) => [id, rest]));
  wijzig(wb);
  return JSON.stringify(wb);
}

/**
 * Creates a worksheet `label` (left open), then fills the store so far that small edits of it
 * still fit and big ones do not. Resolves to its storage key.
 */
async function bijnaVol(page, label) {
  const key = wbKey(await maakMetLabel(page, label));
  await vulOpslag(page, 4 * (await opgeslagen(page, key)).length);
  return key;
}

// ---------------------------------------------------------------------------------------------

describe('Nooit een toetsaanslag kwijt', () => {
  browserTest('volle opslag: de wijziging blijft in beeld, gaat mee in de export en wordt later alsnog opgeslagen', async ({ h, page, t }) => {
    await openApp(h);
    const key = await bijnaVol(page, 'KM-VOL');
    await observaties(page).fill('Past nog.');
    await waitForSaved(page);
    const oud = await opgeslagen(page, key);

    // One character under the field's limit, so that one more can be typed below.
    const [begin, eind] = ['Lange observatie ', ' einde van de lange tekst.'];
    const lang = begin + 'x'.repeat(MAX_TEKST - 1 - begin.length - eind.length) + eind;
    await observaties(page).fill(lang);
    await status(page, 'Niet opgeslagen').waitFor();
    const alert = melding(page, 'De opslag van de browser is vol');
    await alert.waitFor();
    assert.equal(await opgeslagen(page, key), oud, 'the saved worksheet is unchanged, byte for byte');
    assert.equal(await observaties(page).inputValue(), lang, 'the edit is still on screen');

    // The export is made while the store is full; checked below so the rest still runs.
    const bestand = await captureDownload(page, () => alert.getByRole('button', { name: 'Exporteer nu' }).click());
    await t.test('"Exporteer nu" exports the edit that is not stored', () => {
      assert.ok(bestand.text.includes('KM-VOL'), 'the worksheet is in the file');
      assert.ok(bestand.text.includes('einde van de lange tekst.'), 'the new text is in the file');
    });

    // Room again: the next keystroke saves everything typed so far.
    await verwijderVulsel(page);
    await observaties(page).press('Control+End');
    await observaties(page).pressSequentially('!');
    await waitForSaved(page);
    assert.ok((await opgeslagen(page, key)).includes('einde van de lange tekst.!'), 'the long text is stored');
    assertNoErrors(h);
  });

  browserTest('volle opslag: de wijziging overleeft het advies om oude werkbladen te verwijderen', async ({ h, page }) => {
    await openApp(h);
    const key = await bijnaVol(page, 'KM-WEG');
    const tekst = `Nog niet opgeslagen. ${'y'.repeat(50_000)}`;
    await observaties(page).fill(tekst);
    await melding(page, 'De opslag van de browser is vol').waitFor();

    // The message says: export, then delete old worksheets. Those are on the overview.
    await viaMenu(page, 'Mijn werkbladen');
    await verwijderVulsel(page); // as if old worksheets were deleted: room again
    await openVanuitOverzicht(page, 'KM-WEG');
    const opgeslagenNu = (await opgeslagen(page, key)) ?? '';
    assert.ok(
      (await observaties(page).inputValue()) === tekst || opgeslagenNu.includes(tekst),
      'the edit is on screen or stored after leaving the editor',
    );
    assertNoErrors(h);
  });

  browserTest('opslagmeter: stijgt met een groot werkblad en waarschuwt vanaf 70 %', async ({ h, page }) => {
    await openApp(h);
    const leeg = await meterProcent(page);

    // Through the editor: the meter follows the save without a reload.
    await nieuwWerkblad(page);
    await observaties(page).fill('m'.repeat(MAX_TEKST));
    await waitForSaved(page);
    await viaMenu(page, 'Mijn werkbladen');
    const naEen = await meterProcent(page);
    assert.ok(naEen > leeg, `meter rose: ${leeg} % → ${naEen} %`);
    assert.ok(Math.abs(naEen - (100 * (await gebruikInOpslag(page))) / QUOTUM) <= 1, 'meter agrees with the store');

    // Large worksheets put straight into the store, then a reload: each ~1 M units (38 %).
    const groot = (id) =>
      werkbladJson((wb) => {
        wb.id = id;
        wb.gesprek.label = id.toUpperCase();
        for (const t of Object.values(wb.themas)) t.observaties = 'g'.repeat(90_000);
      });
    const waarschuwing = status(page, 'De opslag raakt vol');
    for (const id of ['wb-groot-1', 'wb-groot-2']) {
      await zetOpgeslagen(page, wbKey(id), groot(id));
      await page.reload();
      await overviewShown(page);
      await rij(page, id.toUpperCase()).waitFor();
      const procent = await meterProcent(page);
      const verwacht = Math.round((100 * (await gebruikInOpslag(page))) / QUOTUM);
      assert.equal(procent, verwacht, `meter after ${id}`);
      assert.equal(await waarschuwing.count(), procent >= 70 ? 1 : 0, `warning at ${procent} %`);
    }
    assert.ok((await meterProcent(page)) >= 70, 'the test reached the warning');
    assertNoErrors(h);
  });

  browserTest('volle opslag bij het starten: de werkbladen blijven zichtbaar', async ({ h, page }) => {
    await openApp(h);
    await maakMetLabel(page, 'KM-KLEM');
    await viaMenu(page, 'Mijn werkbladen');
    await vulOpslag(page, 0);
    await page.reload();
    await overviewShown(page);
    assert.equal(await melding(page, 'niets opslaan').count(), 0, 'no "this browser saves nothing" banner');
    await rij(page, 'KM-KLEM').waitFor({ timeout: 1000 });
    assertNoErrors(h);
  });

  browserTest('geen opslag: de app werkt in het geheugen, zegt dat en exporteert toch', async ({ h, page }) => {
    await h.context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await openApp(h);
    const toegang = await page.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (e) {
        return e.name;
      }
    });
    assert.equal(toegang, 'SecurityError', 'the init script took localStorage away');
    await melding(page, 'je werk wordt niet bewaard').waitFor();

    await nieuwWerkblad(page);
    await status(page, 'Niet opgeslagen: deze browser bewaart niets').waitFor();
    await labelVeld(page).fill('KM-GEHEUGEN');
    await observaties(page).fill('Alleen in het geheugen van dit tabblad.');
    assert.equal(await status(page, 'Niet opgeslagen: deze browser bewaart niets').count(), 1);

    await viaMenu(page, 'Mijn werkbladen');
    await rij(page, 'KM-GEHEUGEN').waitFor();
    const { text } = await exporteerAlles(page);
    assert.ok(text.includes('KM-GEHEUGEN'), 'the label is in the export');
    assert.ok(text.includes('Alleen in het geheugen van dit tabblad.'), 'the observations are in the export');
    assertNoErrors(h);
  });

  browserTest('twee tabbladen: volgen elkaar, en bij gelijktijdig typen gaat geen versie verloren', async ({ h, page, t }) => {
    const A = page;
    await openApp(h, A);
    const id = await maakMetLabel(A, 'KM-TAB');
    const key = wbKey(id);
    const O = await h.newPage(); // the overview
    await openApp(h, O);
    const B = await h.newPage(); // the same worksheet
    await openApp(h, B);

    await t.test('(i) the overview in another tab follows a new label without reload', async () => {
      await labelVeld(A).fill('KM-TWEE');
      await waitForSaved(A);
      await rij(O, 'KM-TWEE').waitFor({ timeout: 1000 });
    });

    await t.test('(ii) an idle editor in another tab follows a save without reload', async () => {
      await openVanuitOverzicht(B, 'KM-TWEE');
      await doelVeld(A).fill('Doel uit tabblad A.');
      await waitForSaved(A);
      await wachtOpWaarde(doelVeld(B), 'Doel uit tabblad A.', 1000);
    });

    // From here B never saves by itself: whatever B shows, it learnt from A's save.
    await houdAutosaveVast(B);

    /** A and B add to the same field; A saves; B is told at once and chooses with `knop`. */
    async function gelijktijdig(tekstA, tekstB, knop) {
      await typErbij(observaties(A), tekstA);
      await typErbij(observaties(B), tekstB);
      await waitForSaved(A);
      const keuze = melding(B, CONFLICT);
      await keuze.waitFor({ timeout: 1000 });
      const opslag = await opgeslagen(A, key);
      assert.ok(opslag.includes(tekstA) && !opslag.includes(tekstB), 'B has not saved over A');
      await keuze.getByRole('button', { name: knop }).click();
      await waitForSaved(B);
    }

    await t.test('(iii) "Mijn versie houden": mine is stored, the other tab\'s is a copy', async () => {
      await gelijktijdig('A1: zo zag tabblad A het.', 'B1: zo zag tabblad B het.', 'Mijn versie houden');
      assert.ok((await opgeslagen(B, key)).includes('B1: zo zag tabblad B het.'));
      await rij(O, 'KM-TWEE (versie uit ander tabblad)').waitFor({ timeout: 1000 });
      assert.equal(emotieIn(await werkbladMetLabel(B, 'KM-TWEE (versie uit ander tabblad)')), 'A1: zo zag tabblad A het.');
      // A had nothing pending, so it follows B's version.
      await wachtOpWaarde(observaties(A), 'B1: zo zag tabblad B het.', 1000);
      assert.equal(await observaties(B).inputValue(), 'B1: zo zag tabblad B het.');
    });

    await t.test('(iii) "Versie uit het andere tabblad nemen": the other is shown, mine is a copy', async () => {
      await gelijktijdig('A2: tweede ronde in A.', 'B2: tweede ronde in B.', 'Versie uit het andere tabblad nemen');
      assert.equal(await observaties(B).inputValue(), 'B1: zo zag tabblad B het. A2: tweede ronde in A.');
      assert.ok((await opgeslagen(A, key)).includes('A2: tweede ronde in A.'));
      await rij(O, 'KM-TWEE (mijn versie)').waitFor({ timeout: 1000 });
      assert.equal(emotieIn(await werkbladMetLabel(B, 'KM-TWEE (mijn versie)')), 'B1: zo zag tabblad B het. B2: tweede ronde in B.');
    });

    const alles = await alleWerkbladen(B); // B wrote last, and heard of A's writes
    for (const tekst of ['A1: zo zag', 'B1: zo zag', 'A2: tweede', 'B2: tweede']) {
      assert.ok(alles.includes(tekst), `"${tekst}…" is kept in some worksheet`);
    }
    assertNoErrors(h);
  });

  for (const knop of ['Mijn versie houden', 'Versie uit het andere tabblad nemen']) {
    browserTest(`tabbladconflict bij een volle opslag, "${knop}": geen versie gaat verloren`, async ({ h, page: A }) => {
      await openApp(h, A);
      await maakMetLabel(A, 'KM-KRAP');
      const B = await h.newPage();
      await openApp(h, B);
      await openVanuitOverzicht(B, 'KM-KRAP');
      await houdAutosaveVast(B);
      const [tekstA, tekstB] = ['A: opgeslagen in tabblad A.', 'B: alleen in tabblad B.'];
      await typErbij(observaties(B), tekstB);
      await typErbij(observaties(A), tekstA);
      await waitForSaved(A);
      const keuze = melding(B, CONFLICT);
      await keuze.waitFor({ timeout: 1000 });

      // No room for a copy of either version.
      await vulOpslag(B, 0);
      await keuze.getByRole('button', { name: knop }).click();
      // A, idle, follows whatever B stores, so only B's screen and the store count.
      const bewaard = [await observaties(B).inputValue(), await alleWerkbladen(B)].join('\n');
      assert.ok(bewaard.includes(tekstA), "A's version is on B's screen or stored");
      assert.ok(bewaard.includes(tekstB), "B's version is on B's screen or stored");
      assertNoErrors(h);
    });
  }

  browserTest('oude gegevens (schema 1): geopend, gemigreerd, kopie tot de volgende opslag', async ({ h, page }) => {
    await openApp(h);
    await zetOpgeslagen(page, wbKey('wb-v1-fixture'), FIXTURE_V1);
    await page.reload();
    await overviewShown(page);
    await rij(page, 'KM-V1').waitFor();
    const kopieKey = 'werkblad.voor-migratie.wb-v1-fixture';
    assert.equal(await opgeslagen(page, kopieKey), FIXTURE_V1, 'copy of the old form');
    assert.equal(await opgeslagen(page, wbKey('wb-v1-fixture')), FIXTURE_V1, 'untouched until saved');

    await openVanuitOverzicht(page, 'KM-V1');
    assert.equal(await labelVeld(page).inputValue(), 'KM-V1');
    assert.equal(await observaties(page, 0).inputValue(), 'Bij 12:05 werd hij stil.');
    assert.equal(await observaties(page, 9).inputValue(), 'Ik praatte veel.');
    assert.equal(await opgeslagen(page, kopieKey), FIXTURE_V1, 'opening alone keeps the copy');

    await observaties(page, 9).fill('Ik praatte veel. Nu minder.');
    await waitForSaved(page);
    assert.equal(await opgeslagen(page, kopieKey), null, 'copy gone after the save');
    const nu = JSON.parse(await opgeslagen(page, wbKey('wb-v1-fixture')));
    assert.equal(nu.schema_version, SCHEMA_VERSIE);
    assert.equal(nu.themas['thema.emotie'].observaties, 'Bij 12:05 werd hij stil.');
    assert.equal(nu.themas['thema.regie.beurten'].observaties, 'Ik praatte veel. Nu minder.');
    assertNoErrors(h);
  });

  browserTest('nieuwere gegevens (schema 99): alleen lezen, en nooit gewijzigd', async ({ h, page }) => {
    await openApp(h);
    await maakMetLabel(page, 'KM-GEWOON');
    await viaMenu(page, 'Mijn werkbladen');
    const key = wbKey('wb-toekomst');
    const toekomst = werkbladJson((wb) => {
      wb.schema_version = 99;
      wb.id = 'wb-toekomst';
      wb.gesprek.label = 'KM-TOEKOMST';
      wb.themas['thema.emotie'].observaties = 'Geschreven door versie 99.';
      wb.iets_nieuws = { uit: 'de toekomst' };
    });
    await zetOpgeslagen(page, key, toekomst);
    await page.reload();
    await overviewShown(page);

    const naam = 'Werkblad wb-toekomst (alleen lezen)';
    await rij(page, naam).getByRole('link', { name: naam }).click();
    await kop(page).filter({ hasText: 'Werkblad (alleen lezen)' }).waitFor();
    await page.getByText('Geschreven door versie 99.').waitFor();
    assert.equal(await page.getByRole('textbox').count(), 0, 'nothing to edit');
    assert.equal(await opgeslagen(page, key), toekomst, 'unchanged after visiting');

    await viaMenu(page, 'Mijn werkbladen');
    await openVanuitOverzicht(page, 'KM-GEWOON');
    await labelVeld(page).fill('KM-GEWOON-2');
    await waitForSaved(page);
    await viaMenu(page, 'Mijn werkbladen');
    await page.reload();
    await overviewShown(page);
    await rij(page, naam).waitFor();
    assert.equal(await opgeslagen(page, key), toekomst, 'unchanged after editing another worksheet');
    assertNoErrors(h);
  });

  browserTest('crash tussen de twee schrijfacties: het overzicht wordt bij de start hersteld', async ({ h, page }) => {
    await openApp(h);
    const id = await maakMetLabel(page, 'KM-VOOR');
    const indexVoor = await opgeslagen(page, 'werkblad.index');

    // Every write of the index fails, as if the tab died right after the worksheet's write.
    await page.evaluate(() => {
      const echt = Storage.prototype.setItem;
      window.__herstelSetItem = () => (Storage.prototype.setItem = echt);
      Storage.prototype.setItem = function (k, v) {
        if (k === 'werkblad.index') throw new DOMException('gesimuleerde crash', 'UnknownError');
        return echt.call(this, k, v);
      };
    });
    await labelVeld(page).fill('KM-NA');
    await wachtTotOpgeslagen(page, wbKey(id), '"label":"KM-NA"');
    assert.equal(await opgeslagen(page, 'werkblad.index'), indexVoor, 'the index still shows the old label');
    await page.evaluate(() => window.__herstelSetItem());

    await viaMenu(page, 'Mijn werkbladen');
    await page.reload();
    await overviewShown(page);
    await rij(page, 'KM-NA').waitFor();
    assert.equal(await rij(page, 'KM-VOOR').count(), 0);
    assert.ok((await opgeslagen(page, 'werkblad.index')).includes('KM-NA'), 'index rebuilt and stored');
    await openVanuitOverzicht(page, 'KM-NA');
    assertNoErrors(h);
  });
});
