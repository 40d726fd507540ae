// The core journeys, the same in every engine: what a klantmanager does on a municipal laptop
// with Firefox or Edge, or on an iPad with Safari (WebKit). Where engines differ (storage quota,
// printing to PDF), the journey checks what this engine does and says so in its output.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { assert } from './harness.mjs';
import { WebDriverFout } from './webdriver.mjs';

const execFileP = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// The app, by role and label

const VRAAG_1 = 'Zijn er raakmomenten (emotie)?';
const OBSERVATIES = 'Wat zag en hoorde je? (observaties)';
const GESPREK = { role: 'region', naam: '1. Het gesprek' };
const THEMA_1 = { role: 'region', naamBevat: VRAAG_1 };
const LABEL = { label: 'Label (code of initialen)', in: GESPREK };
const DOEL = { label: 'Doel van het gesprek', in: GESPREK };
const INBRENG = { label: 'Waarom breng je dit gesprek in?', in: GESPREK };
const OBS_1 = { label: OBSERVATIES, in: THEMA_1 };
const OVERZICHT = { role: 'heading', niveau: 1, naam: 'Mijn werkbladen' };
const OPGESLAGEN = { role: 'status', tekst: '✓ Opgeslagen' };
const VOL = { role: 'alert', tekst: 'De opslag van de browser is vol' };
const CONFLICT = { role: 'alert', tekst: 'Dit werkblad is intussen in een ander tabblad gewijzigd. Welke versie wil je houden?' };
const VERGRENDELD = { role: 'heading', niveau: 1, naam: 'Werkblad is vergrendeld' };
const rij = (naam) => ({ role: 'listitem', tekst: naam, in: { role: 'list', naam: 'Werkbladen, nieuwste eerst' } });
const rijLink = (naam) => ({ role: 'link', naam, in: rij(naam) });
const menu = (naam) => ({ role: 'link', naam, in: { role: 'navigation', naam: 'Hoofdmenu' } });

const WACHTWOORD = 'lange zin als wachtwoord';
const XSS = '<img src=x onerror=alert(1)>';

/** Opens the app and waits for the overview. */
async function open(p, adres) {
  await p.ga(adres);
  await p.vind(OVERZICHT);
}

/** "Nieuw werkblad"; resolves to the new worksheet's id. */
async function nieuwWerkblad(p) {
  await p.klik({ role: 'button', naam: 'Nieuw werkblad' });
  await p.vind({ role: 'heading', niveau: 1, naamBegint: 'Werkblad: ' });
  const url = await p.s.url();
  const id = decodeURIComponent(new URL(url).hash.replace(/^#\/werkblad\//, ''));
  assert.match(id, /^wb-/, url);
  return id;
}

/** A new worksheet with this label and goal, typed key by key and saved; resolves to its id. */
async function maak(p, label, doel = 'Kennismaken.') {
  const id = await nieuwWerkblad(p);
  await p.typ(LABEL, label);
  await p.typ(DOEL, doel);
  await p.vind(OPGESLAGEN);
  await p.wachtOp(async () => (await p.opgeslagen(`werkblad.wb.${id}`))?.includes(doel), 'the worksheet stored');
  return id;
}

async function naarOverzicht(p) {
  await p.klik(menu('Mijn werkbladen'));
  await p.vind(OVERZICHT);
}

async function openVanuitOverzicht(p, naam) {
  await p.klik(rijLink(naam));
  await p.vind({ role: 'heading', niveau: 1, naam: `Werkblad: ${naam}` });
}

/**
 * Keeps what the app offers as a download in the page instead of handing it to the browser:
 * WebDriver has no download API in Firefox or WebKit. Records the name and the Blob.
 */
function vangDownloads() {
  if (window.__downloads) return;
  window.__downloads = [];
  const blobs = new Map();
  const maakUrl = URL.createObjectURL;
  URL.createObjectURL = function (b) {
    const u = maakUrl.call(URL, b);
    blobs.set(u, b);
    return u;
  };
  const klik = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (blob && this.download) {
      window.__downloads.push({ naam: this.download, blob });
      return undefined;
    }
    return klik.call(this);
  };
}
const downloads = (p) =>
  p.jsAsync(() => Promise.all(window.__downloads.map(async (d) => ({ naam: d.naam, tekst: await d.blob.text() }))));

/**
 * Fills localStorage with someone else's keys (`vulsel.*`) until a write throws, then frees
 * `vrij` units. Resolves to what the origin holds at the brim (UTF-16 units of keys and values):
 * the engine's quota as the app meets it.
 */
function vulOpslag(p, vrij, teken = 'v') {
  return p.js((vrij, teken) => {
    let n = 0;
    for (let stuk = 1 << 22; stuk >= 1; ) {
      try {
        localStorage.setItem(`vulsel.${n}`, teken.repeat(stuk));
        n += 1;
      } catch (e) {
        // Firefox says NS_ERROR_DOM_QUOTA_REACHED in older versions; all say QuotaExceededError now.
        if (e.name !== 'QuotaExceededError' && e.name !== 'NS_ERROR_DOM_QUOTA_REACHED') throw e;
        stuk >>= 1;
      }
    }
    const vol = Object.entries(localStorage).reduce((som, [k, v]) => som + k.length + v.length, 0);
    const eerste = localStorage.getItem('vulsel.0');
    localStorage.setItem('vulsel.0', eerste.slice(0, eerste.length - vrij));
    return vol;
  }, vrij, teken);
}
const verwijderVulsel = (p) =>
  p.js(() => Object.keys(localStorage).filter((k) => k.startsWith('vulsel.')).forEach((k) => localStorage.removeItem(k)));

/** Safari's worst case the app's storage meter measures against (`repo::QUOTUM`), in UTF-16 units. */
const QUOTUM = 2_621_440;
/** The longest text one field takes (`model::MAX_TEKST`). */
const MAX_TEKST = 100_000;

// ---------------------------------------------------------------------------------------------

/** Declares every journey for `engine` through `reis` (see harness.perEngine). */
export function journeys(reis, engine) {
  /** What this engine does where engines differ (quota, PDF, timings): into the test output. */
  const noteer = (wat, waarde) => console.log(`# ${engine} ${wat}: ${waarde}`);

  reis('een werkblad maken en invullen; na herladen is alles terug', async ({ p }) => {
    await open(p);
    const id = await nieuwWerkblad(p);
    const sectie = (naam) => ({ role: 'region', naam });
    await p.typ(LABEL, 'KM-REIS');
    await p.klik({ role: 'option', naam: 'Intake', in: { label: 'Soort gesprek', in: GESPREK } });
    await p.klik({ role: 'checkbox', naam: 'Cliënt', in: GESPREK });
    await p.typ(DOEL, 'Samen een agenda maken.');
    await p.typ(INBRENG, `Wat ik wil leren, met ${XSS} als tekst.`);
    await p.klik({ role: 'radio', naam: 'Deels', in: THEMA_1 });
    await p.typ(OBS_1, 'Bij 12:05 werd hij stil.');
    const moment = { role: 'group', naam: 'Moment toevoegen', in: THEMA_1 };
    await p.typ({ label: 'Tijd in de opname (minuten:seconden)', in: moment }, '12:05');
    await p.typ({ label: 'Wat gebeurde er?', in: moment }, 'Hij keek weg.');
    await p.klik({ role: 'button', naam: 'Moment toevoegen', in: moment });
    const feedback = sectie('3. Cliëntfeedback');
    await p.typ({ label: 'Cijfer voor de werkrelatie', in: feedback }, '7');
    const slim = sectie('4. Interventielogica (SLIM)');
    await p.klik({ role: 'radio', naam: '2. Leraar', in: { role: 'group', naam: 'Welke rol nam ik?', in: slim } });
    const voornemens = sectie('5. Voornemens');
    await p.klik({ role: 'button', naam: 'Voornemen toevoegen', in: voornemens });
    await p.typ({ label: 'Voornemen 1', in: voornemens }, 'Eén open vraag tegelijk.');
    await p.vind(OPGESLAGEN);
    const voor = JSON.parse(await p.opgeslagen(`werkblad.wb.${id}`));

    await p.s.herlaad();
    await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-REIS' });
    assert.equal(await p.waarde(DOEL), 'Samen een agenda maken.');
    assert.equal(await p.waarde(INBRENG), `Wat ik wil leren, met ${XSS} als tekst.`);
    assert.equal(await p.waarde(OBS_1), 'Bij 12:05 werd hij stil.');
    assert.equal(await p.aangevinkt({ role: 'radio', naam: 'Deels', in: THEMA_1 }), true);
    assert.equal(await p.aangevinkt({ role: 'checkbox', naam: 'Cliënt', in: GESPREK }), true);
    assert.equal(await p.js((el) => el.selectedOptions[0].textContent, await p.vind({ label: 'Soort gesprek', in: GESPREK })), 'Intake');
    assert.equal(await p.waarde({ label: 'Cijfer voor de werkrelatie', in: feedback }), '7');
    assert.equal(await p.aangevinkt({ role: 'radio', naam: '2. Leraar', in: slim }), true);
    assert.equal(await p.waarde({ label: 'Voornemen 1', in: voornemens }), 'Eén open vraag tegelijk.');
    const moment1 = { role: 'group', naam: 'Moment 1 — 12:05', in: THEMA_1 };
    assert.equal(await p.waarde({ label: 'Wat gebeurde er?', in: moment1 }), 'Hij keek weg.', 'the moment is back');
    assert.equal(await p.js(() => document.querySelectorAll('img').length), 0, 'user text was rendered as HTML');
    const na = JSON.parse(await p.opgeslagen(`werkblad.wb.${id}`));
    assert.deepEqual(na, voor, 'opening changed nothing in storage');
  });

  reis('verwijderen vraagt eerst, en ongedaan maken zet het werkblad terug', async ({ p }) => {
    await open(p);
    await maak(p, 'KM-WEG', 'Dit doel moet terugkomen.');
    await naarOverzicht(p);
    const dialoog = { role: 'dialog', naam: 'Werkblad verwijderen?' };
    await p.klik({ role: 'button', naam: 'Verwijderen', in: rij('KM-WEG') });
    await p.vind(dialoog);
    await p.klik({ role: 'button', naam: 'Annuleren', in: dialoog });
    await p.weg(dialoog);
    await p.vind(rij('KM-WEG'));

    await p.klik({ role: 'button', naam: 'Verwijderen', in: rij('KM-WEG') });
    await p.klik({ role: 'button', naam: 'Ja, verwijderen', in: dialoog });
    await p.weg(rij('KM-WEG'));
    await p.vind({ role: 'status', tekst: 'is verwijderd' });
    await p.klik({ role: 'button', naam: 'Ongedaan maken' });
    await p.vind(rij('KM-WEG'));
    await openVanuitOverzicht(p, 'KM-WEG');
    assert.equal(await p.waarde(DOEL), 'Dit doel moet terugkomen.');
  });

  reis('exporteren, alles wissen en importeren geeft hetzelfde werkblad terug', async ({ p }) => {
    await open(p);
    await maak(p, `KM-EXPORT ${XSS}`, 'Alleen in de export.');
    await naarOverzicht(p);
    const voor = await p.opslag();
    const werkbladen = (opslag) =>
      Object.fromEntries(Object.entries(opslag).filter(([k]) => k.startsWith('werkblad.wb.')).map(([k, v]) => {
        const { revisie, gewijzigd, ...rest } = JSON.parse(v);
        return [k, rest];
      }));

    await p.js(vangDownloads);
    await p.klik({ role: 'button', naam: 'Exporteer alles' });
    const [bestand] = await p.wachtOp(async () => {
      const d = await downloads(p);
      return d.length ? d : null;
    }, 'the export');
    assert.match(bestand.naam, /^werkblad-backup-\d{4}-\d\d-\d\d\.json$/);
    assert.ok(bestand.tekst.includes('Alleen in de export.'));

    await p.klik(menu('Privacy'));
    await p.typ({ label: 'Typ WISSEN om te bevestigen' }, 'WISSEN');
    await p.klik({ role: 'button', naam: 'Alles wissen' });
    await p.vind({ role: 'status', tekst: 'Alles is gewist' });
    await naarOverzicht(p);
    assert.deepEqual(werkbladen(await p.opslag()), {});

    // The file, chosen in the file field as if picked in the dialog.
    const map = await mkdtemp(path.join(os.tmpdir(), 'werkblad-xb-'));
    try {
      const pad = path.join(map, bestand.naam);
      await writeFile(pad, bestand.tekst);
      const veld = await p.vind({ label: 'Importeer een back-up (.json)' });
      await p.s.typ(veld, pad);
      await p.vind({ role: 'heading', naam: 'Wat deze import doet' });
      await p.klik({ role: 'button', naam: 'Importeren' });
      await p.vind({ role: 'status', tekst: 'Import klaar' });
    } finally {
      await rm(map, { recursive: true, force: true });
    }
    assert.deepEqual(werkbladen(await p.opslag()), werkbladen(voor));
    await openVanuitOverzicht(p, `KM-EXPORT ${XSS}`);
    assert.equal(await p.waarde(DOEL), 'Alleen in de export.');
    assert.equal(await p.js(() => document.querySelectorAll('img').length), 0, 'the label was rendered as HTML');
  });

  reis('twee tabbladen op één werkblad: volgen elkaar, en bij gelijktijdig typen gaat niets verloren', async ({ p, s }) => {
    await open(p);
    const id = await maak(p, 'KM-TAB');
    const A = await s.venster();
    const B = await s.nieuwVenster();
    await open(p, p.url);
    await p.vind(rij('KM-TAB'));

    // (i) The overview in B follows a new label typed in A, without a reload.
    await s.naarVenster(A);
    await p.typ(LABEL, '-2');
    await p.vind(OPGESLAGEN);
    await s.naarVenster(B);
    await p.vind(rij('KM-TAB-2'));

    // (ii) An idle editor in B follows a save in A.
    await openVanuitOverzicht(p, 'KM-TAB-2');
    await s.naarVenster(A);
    await p.typ(DOEL, ' Uit A.');
    await p.vind(OPGESLAGEN);
    await s.naarVenster(B);
    await p.wachtOpWaarde(DOEL, 'Kennismaken. Uit A.');

    // (iii) Both type; B holds its save back (its 500 ms timer never fires), A saves: B is
    // asked at once which version to keep, and neither is lost.
    await p.js(() => {
      const echt = window.setTimeout;
      window.setTimeout = (f, ms, ...rest) => (ms === 500 ? 0 : echt(f, ms, ...rest));
    });
    await p.typ(OBS_1, 'B: zo zag tabblad B het.');
    await s.naarVenster(A);
    await p.typ(OBS_1, 'A: zo zag tabblad A het.');
    await p.vind(OPGESLAGEN);
    await s.naarVenster(B);
    await p.vind(CONFLICT);
    await p.klik({ role: 'button', naam: 'Mijn versie houden', in: CONFLICT });
    await p.wachtOp(async () => (await p.opgeslagen(`werkblad.wb.${id}`)).includes('B: zo zag'), "B's version stored");
    const alles = Object.values(await p.opslag()).join('\n');
    assert.ok(alles.includes('A: zo zag tabblad A het.'), "A's version is kept as a copy");
    await naarOverzicht(p);
    await p.vind(rij('KM-TAB-2 (versie uit ander tabblad)'));
  });

  reis('volle opslag: een duidelijke melding, en de tekst blijft in beeld', async ({ p }) => {
    await open(p);
    const id = await maak(p, 'KM-VOL');
    const key = `werkblad.wb.${id}`;
    const oud = await p.opgeslagen(key);
    // How this engine counts: the same quota in characters for ASCII and for '€' (one UTF-16
    // unit, three UTF-8 bytes) means it counts UTF-16 units, not bytes.
    const quotumEuro = await vulOpslag(p, 0, '€');
    await verwijderVulsel(p);
    const quotum = await vulOpslag(p, 4 * oud.length);
    noteer('localStorage quota (UTF-16 units, ASCII / €)', `${quotum} / ${quotumEuro}`);
    // The app's meter assumes Safari's worst case; no engine may give less.
    assert.ok(quotum >= QUOTUM, `quota ${quotum} is below the ${QUOTUM} the app counts with`);
    assert.ok(quotumEuro >= QUOTUM, `quota for non-ASCII text ${quotumEuro} is below the ${QUOTUM} the app counts with`);

    const lang = `Lange observatie ${'x'.repeat(MAX_TEKST - 40)} einde.`;
    await p.plak(OBS_1, lang);
    await p.vind({ role: 'status', tekst: 'Niet opgeslagen' });
    await p.vind(VOL);
    assert.equal(await p.opgeslagen(key), oud, 'the stored worksheet is unchanged');
    assert.equal(await p.waarde(OBS_1), lang, 'the text is still on screen');

    // Room again: the next keystroke stores everything.
    await verwijderVulsel(p);
    await p.typ(OBS_1, '!');
    await p.vind(OPGESLAGEN);
    assert.ok((await p.opgeslagen(key)).includes('einde.!'), 'the long text is stored');
  });

  reis('beveiligen met een wachtwoord: versleuteld, op slot na herladen, fout en goed wachtwoord', async ({ p }) => {
    const GEHEIM = 'KANARIE-xb: de cliënt vertelde over de verhuizing';
    await open(p);
    const id = await maak(p, 'KM-SLOT', GEHEIM);
    const adres = await p.s.url();
    await p.klik(menu('Privacy'));
    await p.typ({ label: 'Nieuw wachtwoord' }, WACHTWOORD);
    await p.typ({ label: 'Herhaal het wachtwoord' }, WACHTWOORD);
    const begin = Date.now();
    await p.klik({ role: 'button', naam: 'Beveiliging aanzetten' });
    await p.vind({ role: 'status', tekst: 'De beveiliging staat aan' }, 30_000);
    noteer('switching the lock on (PBKDF2 + encrypting) ms', Date.now() - begin);
    const versleuteld = await p.opslag();
    assert.ok(versleuteld['werkblad.slot'], 'the lock is recorded');
    for (const [k, v] of Object.entries(versleuteld)) assert.ok(!v.includes('KANARIE-xb'), `plain text under ${k}`);
    assert.ok(versleuteld[`werkblad.wb.${id}`], 'the worksheet is still there, encrypted');

    await p.ga(adres);
    await p.s.herlaad();
    await p.vind(VERGRENDELD);
    assert.equal(await p.telt({ role: 'navigation', naam: 'Hoofdmenu' }), false, 'no app behind the lock');
    await p.typ({ label: 'Wachtwoord' }, 'fout wachtwoord');
    await p.klik({ role: 'button', naam: 'Ontgrendelen' });
    await p.vind({ role: 'alert', tekst: 'achtwoord' }, 30_000);
    assert.deepEqual(await p.opslag(), versleuteld, 'a wrong passphrase changes nothing');

    await p.plak({ label: 'Wachtwoord' }, WACHTWOORD);
    await p.klik({ role: 'button', naam: 'Ontgrendelen' });
    await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-SLOT' }, 30_000);
    assert.equal(await p.waarde(DOEL), GEHEIM);
    await p.typ(DOEL, ' En meer.');
    await p.vind(OPGESLAGEN);
    for (const [k, v] of Object.entries(await p.opslag())) assert.ok(!v.includes('KANARIE-xb'), `plain text under ${k}`);
  });

  reis('offline starten onder een subpad: de service worker houdt app en werk op het apparaat', async ({ p, server }) => {
    await open(p);
    const sw = await p.jsAsync(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
      return { scope: reg.scope, caches: await caches.keys(), veilig: window.isSecureContext };
    });
    assert.equal(sw.scope, p.url, 'the worker covers the sub-path, not the whole host');
    assert.deepEqual(sw.caches.map((c) => c.replace(/[0-9a-f]{16}$/, 'V')), [`werkblad ${p.url} V`]);
    const id = await maak(p, 'KM-OFFLINE', 'Zonder netwerk.');

    // Nothing can come from the network now: the server is gone.
    await server.close();
    // The page's own reload, as the reload button does. (Firefox's WebDriver "Refresh" bypasses
    // the service worker, like Ctrl+Shift+R, and so ends on Firefox's offline error page.)
    await p.herlaadViaPagina();
    await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-OFFLINE' });
    assert.equal(await p.waarde(DOEL), 'Zonder netwerk.');
    await p.typ(DOEL, ' Offline getypt.');
    await p.vind(OPGESLAGEN);
    assert.ok((await p.opgeslagen(`werkblad.wb.${id}`)).includes('Offline getypt.'));
    // The start address in a new window: a navigation the cache never saw as such.
    await p.s.nieuwVenster();
    await open(p, p.url);
    await p.vind(rij('KM-OFFLINE'));
  }, { prefix: '/werkblad/' });

  reis('afdrukken: wat deze engine biedt', async ({ p, s }) => {
    await open(p);
    await maak(p, 'KM-PAPIER', 'Doel op papier.');
    await p.klik({ role: 'link', naam: 'Afdrukken' });
    await p.vind({ role: 'heading', naam: 'Voornemens voor het volgende gesprek', in: { role: 'article', naam: 'Afdrukvoorbeeld' } });
    assert.ok((await p.tekst({ role: 'article', naam: 'Afdrukvoorbeeld' })).includes('Doel op papier.'));
    // The print stylesheet is there in every engine.
    const printRegels = await p.js(() =>
      [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r.media?.mediaText?.includes('print')).length);
    assert.ok(printRegels > 0, 'no @media print rules');
    // The W3C print command: Chromium and Firefox render a PDF; WebKitGTK's driver has none.
    let pdf;
    try {
      pdf = await s.print({ orientation: 'portrait' });
    } catch (e) {
      if (!(e instanceof WebDriverFout)) throw e;
      assert.equal(engine, 'webkit', `print failed in ${engine}: ${e.message}`);
      assert.match(e.code, /unsupported operation|unknown command|unknown method/, e.message);
      noteer('print to PDF', `not offered by the driver (${e.code})`);
      return;
    }
    const map = await mkdtemp(path.join(os.tmpdir(), 'werkblad-xb-pdf-'));
    try {
      const bestand = path.join(map, 'afdruk.pdf');
      await writeFile(bestand, Buffer.from(pdf, 'base64'));
      const { stdout } = await execFileP('pdftotext', ['-layout', bestand, '-']);
      assert.ok(stdout.includes('Doel op papier.'), 'the goal is on paper');
      assert.ok(stdout.includes('KM-PAPIER'), 'the label is on paper');
      assert.ok(!stdout.includes('Hoofdmenu') && !stdout.includes('Exporteer dit werkblad'), 'app controls on paper');
      noteer('print to PDF', 'yes, WebDriver print');
    } finally {
      await rm(map, { recursive: true, force: true });
    }
  });

  reis('typen direct na "Nieuw werkblad", bij een trage frame: geen toets gaat naar de kop', async ({ p, s }) => {
    await open(p);
    // A late animation frame, as in a busy or throttled tab (WebKit under load showed it: a
    // label typed into a new worksheet came out as "KM-N"). The app moves focus to the new
    // page's heading one frame after navigating; it must not take it from a field in use.
    await p.js(() => {
      const echt = window.requestAnimationFrame;
      window.requestAnimationFrame = (f) => setTimeout(() => echt(f), 400);
    });
    await nieuwWerkblad(p);
    await p.typ(LABEL, 'KM-');
    // Then key by key at a person's pace, to whatever has focus, as a keyboard does.
    const acties = [];
    for (const c of 'TRAAG') acties.push({ type: 'keyDown', value: c }, { type: 'keyUp', value: c }, { type: 'pause', duration: 120 });
    await s.post('/actions', { actions: [{ type: 'key', id: 'toetsenbord', actions: acties }] });
    await s.delete('/actions');
    assert.equal(await p.waarde(LABEL), 'KM-TRAAG', 'keystrokes went elsewhere');
    await p.vind(OPGESLAGEN);
  });

  // -------------------------------------------------------------------------------------------
  // Save before the page goes away. The editor saves 500 ms after the last change, and at once on
  // pagehide and visibilitychange. Each case types key by key and then leaves after a delay: 0 ms
  // (only the unload flush can save it), just under and over the debounce, and 1.5 s (the WebKit
  // report). Run several rounds: the WebKit report was one in ten.
  const RONDES = Number(process.env.WERKBLAD_XB_RONDES ?? (engine === 'webkit' ? 3 : 2));
  const WACHTTIJDEN = [0, 50, 450, 600, 1500];

  reis(`bewaren voor de pagina weggaat: herladen (${RONDES} × ${WACHTTIJDEN.length} pogingen)`, async ({ p }) => {
    await open(p);
    const id = await maak(p, 'KM-HERLAAD');
    const gemist = [];
    for (let r = 0; r < RONDES; r++) {
      for (const ms of WACHTTIJDEN) {
        const tekst = ` r${r}-${ms}ms`;
        await p.typ(DOEL, tekst);
        // The delay is the subject of the test: how long after typing the reload comes.
        if (ms) await new Promise((res) => setTimeout(res, ms));
        await p.s.herlaad();
        await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-HERLAAD' });
        const nu = await p.waarde(DOEL);
        if (!nu.endsWith(tekst)) gemist.push(`${ms} ms (round ${r}): field "…${nu.slice(-30)}"`);
        // Go on from what is there, so one miss does not hide the next.
      }
    }
    // A worksheet just made: its first save also adds it to the overview's index.
    for (let r = 0; r < RONDES; r++) {
      for (const ms of WACHTTIJDEN) {
        await naarOverzicht(p);
        await nieuwWerkblad(p);
        const label = `KM-NIEUW-${r}-${ms}`;
        await p.typ(LABEL, label);
        if (ms) await new Promise((res) => setTimeout(res, ms));
        // What the page had and had stored when the reload began: tells a lost keystroke (the
        // engine had not delivered it yet) from a lost save (on screen, not stored).
        const voor = await p.js((id) => ({ veld: document.getElementById('gesprek-label')?.value, opgeslagen: localStorage.getItem(`werkblad.wb.${id}`) }), await p.s.url().then((u) => decodeURIComponent(new URL(u).hash.replace(/^#\/werkblad\//, ''))));
        await p.s.herlaad();
        const kop = await p.vind({ role: 'heading', niveau: 1, naamBegint: 'Werkblad' });
        const nu = await p.js((el) => el.textContent, kop);
        if (nu !== `Werkblad: ${label}`) {
          const label0 = voor.opgeslagen ? JSON.parse(voor.opgeslagen).gesprek.label : null;
          gemist.push(`new worksheet, ${ms} ms (round ${r}): heading "${nu}"; before the reload the field held "${voor.veld}", storage "${label0}"`);
        }
      }
    }
    assert.deepEqual(gemist, [], `typed text lost on reload in ${engine}`);
    assert.ok((await p.opgeslagen(`werkblad.wb.${id}`)).includes(` r${RONDES - 1}-1500ms`));

    // Only the save on leaving: with the 500 ms save timer held back, the text is not stored
    // when the reload starts (checked), and is there after it. So the check above can fail, and
    // what keeps the text at 0 ms is the app's flush on pagehide/visibilitychange.
    await naarOverzicht(p);
    await openVanuitOverzicht(p, 'KM-HERLAAD');
    for (let r = 0; r < RONDES; r++) {
      await p.js(() => {
        const echt = window.setTimeout;
        window.setTimeout = (f, ms, ...rest) => (ms === 500 ? 0 : echt(f, ms, ...rest));
      });
      const tekst = ` flush-${r}`;
      await p.typ(DOEL, tekst);
      assert.ok(!(await p.opgeslagen(`werkblad.wb.${id}`)).includes(tekst), 'stored before leaving: the timer was not held back');
      await p.s.herlaad();
      await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-HERLAAD' });
      assert.ok((await p.waarde(DOEL)).endsWith(tekst), `the save on leaving did not keep "${tekst}" (round ${r})`);
    }
  }, { timeout: 180_000 });

  reis('bewaren voor de pagina weggaat: tabblad sluiten', async ({ p, s }) => {
    await open(p);
    const id = await maak(p, 'KM-SLUIT');
    const key = `werkblad.wb.${id}`;
    const adres = await s.url();
    const A = await s.venster();
    const gemist = [];
    for (const ms of WACHTTIJDEN) {
      await s.nieuwVenster();
      await p.ga(adres);
      await p.vind({ role: 'heading', niveau: 1, naamBegint: 'Werkblad: KM-SLUIT' });
      const tekst = ` dicht-${ms}ms`;
      await p.typ(DOEL, tekst);
      if (ms) await new Promise((res) => setTimeout(res, ms));
      await s.sluitVenster();
      await s.naarVenster(A);
      // The closed tab's last write reaches the store shortly after the window is gone.
      const ok = await p.wachtOp(async () => (await p.opgeslagen(key)).includes(tekst), 'the text stored', 2000).catch(() => false);
      if (!ok) gemist.push(`${ms} ms`);
    }
    assert.deepEqual(gemist, [], `typed text lost on closing the tab in ${engine}`);
  });

  reis('bewaren voor de pagina weggaat: naar een ander adres en terug', async ({ p, s }) => {
    await open(p);
    await maak(p, 'KM-WEGGAAN');
    const adres = await s.url();
    const gemist = [];
    for (const [ms, hoe] of [[0, 'ga'], [0, 'terug'], [1500, 'ga']]) {
      const tekst = ` ${hoe}-${ms}ms`;
      await p.typ(DOEL, tekst);
      if (ms) await new Promise((res) => setTimeout(res, ms));
      // Another page of the same server (its 404 page), then back to the worksheet.
      await p.ga(new URL('elders.html', p.url).href);
      if (hoe === 'terug') await s.terug();
      else await p.ga(adres);
      await p.vind({ role: 'heading', niveau: 1, naam: 'Werkblad: KM-WEGGAAN' });
      const nu = await p.waarde(DOEL);
      if (!nu.endsWith(tekst)) gemist.push(`${hoe} after ${ms} ms: "…${nu.slice(-30)}"`);
    }
    assert.deepEqual(gemist, [], `typed text lost on navigating away in ${engine}`);
  });
}
