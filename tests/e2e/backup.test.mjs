// Issue "backups": export to a file, wipe, import again; bad files are refused with a clear
// message and change nothing; an import that replaces can be undone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserPerTest, overviewShown, storageSnapshot } from './harness.mjs';
import {
  afdrukvoorbeeld,
  doelVeld,
  exporteerAlles,
  exporteerDitWerkblad,
  inhoud,
  maakWerkblad,
  naarAfdrukken,
  nieuwVervolg,
  nieuwWerkblad,
  openVanuitOverzicht,
  opgeslagenWerkbladen,
  overalTekst,
  teksten,
  vandaag,
  viaMenu,
  vulWerkblad,
} from './werkblad-ui.mjs';

const XSS = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const GEWOON = {
  gesprek: { label: 'KM-BACKUP-A', datum: '2026-10-01', soort: 'Intake', doel: 'Kennismaken.' },
  themas: { 0: { antwoord: 'Ja', observaties: 'Alleen in A.', momenten: [{ tijd: '03:07', wat: 'Moment in A.' }] } },
  feedback: { werkrelatie: '8', werkrelatieWoorden: 'Prima gesprek.' },
  slim: { zelfbeeld: '4. Laat me maar, ik heb andere plannen met mijn leven', rol: '4. Ondernemer' },
  voornemens: ['Voornemen in A.'],
};
/** HTML and script in every text field, each with the field's name so they differ. */
const KWAAD = overalTekst((veld) => `${XSS} ${veld}`);
/** A follow-up of KWAAD: its intentions come back in the look-back, plus one more field. */
const KWAAD_VERVOLG = { gesprek: { label: `${XSS} vervolg` }, terugblik: [{ geprobeerd: 'Deels', gebeurd: `${XSS} terugblik` }] };

// ---------------------------------------------------------------------------------------------

const importVeld = (page) => page.getByLabel('Importeer een back-up (.json)');
/** The preview of an import, found by its heading. */
const voorstel = (page) => page.getByRole('heading', { name: 'Wat deze import doet' }).locator('..');

/** Chooses a file in the import field, as if picked in the file dialog. */
const kiesBestand = (page, name, tekst) =>
  importVeld(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(tekst) });

/** "Alles wissen" on the privacy page, confirmed with the typed word; back to the overview. */
async function allesWissen(page) {
  await viaMenu(page, 'Privacy');
  await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('status').filter({ hasText: 'Alles is gewist' }).waitFor();
  await viaMenu(page, 'Mijn werkbladen');
}

/** The values of all text fields on the page. */
const tekstvakken = (page) => page.getByRole('textbox').evaluateAll((els) => els.map((el) => el.value));

// ---------------------------------------------------------------------------------------------

describe('Back-up', () => {
  let h;
  let page;

  browserPerTest((nieuw) => {
    h = nieuw;
    page = h.page;
  });

  test('a. alles exporteren, wissen en importeren geeft dezelfde werkbladen terug', async () => {
    const dialogen = [];
    page.on('dialog', (d) => {
      dialogen.push(d.message());
      d.dismiss().catch(() => {});
    });
    await maakWerkblad(page, GEWOON);
    await nieuwWerkblad(page);
    await vulWerkblad(page, KWAAD);
    await nieuwVervolg(page);
    await vulWerkblad(page, KWAAD_VERVOLG);
    await viaMenu(page, 'Mijn werkbladen');

    const voor = await opgeslagenWerkbladen(page);
    assert.equal(Object.keys(voor).length, 3);
    const { iso } = await vandaag(page);
    const bestand = await exporteerAlles(page);
    assert.equal(bestand.name, `werkblad-backup-${iso}.json`);
    const backup = JSON.parse(bestand.text);
    assert.deepEqual(Object.keys(backup).sort(), ['app', 'exported_at', 'schema_version', 'werkbladen']);
    assert.equal(backup.app, 'werkblad');
    assert.ok(Number.isInteger(backup.schema_version) && backup.schema_version >= 1, `schema_version ${backup.schema_version}`);
    assert.ok(!Number.isNaN(Date.parse(backup.exported_at)), backup.exported_at);
    assert.deepEqual(Object.fromEntries(backup.werkbladen.map((w) => [w.id, inhoud(w)])), voor, 'the file holds what is stored');

    await allesWissen(page);
    await page.getByText('Je hebt nog geen werkbladen.').waitFor();
    assert.deepEqual(await opgeslagenWerkbladen(page), {});

    const opslag = await storageSnapshot(page);
    await kiesBestand(page, bestand.name, bestand.text);
    await voorstel(page).getByText('3 werkbladen: allemaal nieuw.').waitFor();
    for (const naam of ['KM-BACKUP-A', `${XSS} label`, `${XSS} vervolg`]) {
      await voorstel(page).getByRole('listitem').filter({ hasText: `Nieuw: ${naam}` }).waitFor();
    }
    assert.deepEqual(await storageSnapshot(page), opslag, 'the preview changed storage');

    await voorstel(page).getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('status').filter({ hasText: 'Import klaar' }).waitFor();
    assert.deepEqual(await opgeslagenWerkbladen(page), voor);

    // The HTML is text everywhere: in the fields, and on the print view.
    await openVanuitOverzicht(page, `${XSS} label`);
    const waarden = await tekstvakken(page);
    for (const t of teksten(KWAAD)) assert.ok(waarden.includes(t), `field shows ${t}`);
    await naarAfdrukken(page);
    const papier = await afdrukvoorbeeld(page).textContent();
    for (const t of teksten(KWAAD)) assert.ok(papier.includes(t), `print view shows ${t}`);
    await viaMenu(page, 'Mijn werkbladen');
    await openVanuitOverzicht(page, `${XSS} vervolg`);
    assert.ok((await tekstvakken(page)).includes(`${XSS} terugblik`));

    assert.equal(await page.locator('img').count(), 0, 'an <img> was injected');
    assert.equal(await page.locator('script').count(), 1, 'a <script> was injected (only boot.js belongs)');
    assert.deepEqual(dialogen, [], 'a script ran');
  });

  test('b. één werkblad exporteren vanuit de afdrukweergave', async () => {
    await nieuwWerkblad(page);
    await vulWerkblad(page, { gesprek: { label: 'Km Één 42', doel: 'Alleen dit werkblad.' } });
    await naarAfdrukken(page);
    const { iso } = await vandaag(page);
    const bestand = await exporteerDitWerkblad(page);
    assert.equal(bestand.name, `werkblad-km-een-42-${iso}.json`);
    const { werkbladen } = JSON.parse(bestand.text);
    assert.deepEqual(werkbladen.map((w) => w.gesprek.label), ['Km Één 42']);
  });

  test('c. het overzicht laat zien wanneer de laatste export was', async () => {
    const laatste = page.getByText(/^(Laatste export|Je hebt nog geen export)/);
    assert.equal(await laatste.textContent(), 'Je hebt nog geen export gemaakt.');
    await maakWerkblad(page, { gesprek: { label: 'KM-EXPORT' } });
    await exporteerAlles(page);
    const { nl } = await vandaag(page);
    const verwacht = new RegExp(`^Laatste export: ${nl} om \\d\\d:\\d\\d\\.$`);
    await page.getByText(verwacht).waitFor();
    await page.reload();
    await overviewShown(page);
    await page.getByText(verwacht).waitFor();
  });

  test('d. een fout bestand geeft een duidelijke melding en verandert niets', async () => {
    await maakWerkblad(page, GEWOON);
    const echt = (await exporteerAlles(page)).text;
    /** The real backup, changed by `wijzig`. */
    const met = (wijzig) => {
      const b = JSON.parse(echt);
      wijzig(b);
      return JSON.stringify(b);
    };
    const gevallen = [
      ['geen JSON', 'boodschappen.json', 'Melk, brood, kaas.', /geen back-up van Werkblad/],
      ['afgebroken', 'werkblad-backup.json', echt.slice(0, echt.length / 2), /niet compleet/],
      ['nieuwere versie', 'nieuw.json', met((b) => { b.schema_version = 99; }), /nieuwere versie van de app \(versie 99\)/],
      [
        '10.000 werkbladen',
        'veel.json',
        met((b) => {
          b.werkbladen = Array.from({ length: 10_000 }, (_, i) => ({ schema_version: b.schema_version, id: `wb-veel-${i}` }));
        }),
        /bevat 10\.000 werkbladen/,
      ],
      ['een tekst van 1 MB', 'lang.json', met((b) => { b.werkbladen[0].gesprek.doel = 'x'.repeat(1_000_000); }), /te lang: 1\.000\.000 tekens/],
      // Refused before it is read: the message names the size, the Dutch way.
      ['groter dan 5 MiB', 'groot.json', 'x'.repeat(5.5 * 1024 * 1024), /te groot \(5,5 MB\)/],
      ['leeg bestand', 'leeg.json', '', /bestand is leeg/],
    ];

    const voor = await storageSnapshot(page);
    for (const [wat, naam, tekst, melding] of gevallen) {
      await kiesBestand(page, naam, tekst);
      const alert = page.getByRole('alert').filter({ hasText: melding });
      await alert.waitFor();
      assert.match(await alert.textContent(), /niet(s)? veranderd/, wat);
      assert.equal(await voorstel(page).count(), 0, `${wat}: no preview`);
      assert.deepEqual(await storageSnapshot(page), voor, `${wat}: storage changed`);
    }
  });

  test('e. een import die vervangt, en die ongedaan maken', async () => {
    await maakWerkblad(page, { gesprek: { label: 'KM-VERVANG', doel: 'Het oude doel.' } });
    const { name, text } = await exporteerAlles(page);
    const nieuw = JSON.parse(text);
    nieuw.werkbladen[0].gesprek.doel = 'Het nieuwe doel.';

    const opslag = await storageSnapshot(page);
    await kiesBestand(page, name, JSON.stringify(nieuw));
    await voorstel(page).getByText('1 werkblad: het vervangt een bestaand werkblad.').waitFor();
    await voorstel(page).getByRole('listitem').filter({ hasText: 'Vervangt: KM-VERVANG' }).waitFor();
    assert.deepEqual(await storageSnapshot(page), opslag, 'the preview changed storage');
    await voorstel(page).getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('status').filter({ hasText: 'Import klaar' }).waitFor();

    await openVanuitOverzicht(page, 'KM-VERVANG');
    assert.equal(await doelVeld(page).inputValue(), 'Het nieuwe doel.');
    await viaMenu(page, 'Mijn werkbladen');

    const ongedaan = page.getByRole('button', { name: 'Laatste import ongedaan maken' });
    await ongedaan.click();
    await ongedaan.waitFor({ state: 'detached' });
    await openVanuitOverzicht(page, 'KM-VERVANG');
    assert.equal(await doelVeld(page).inputValue(), 'Het oude doel.');
  });
});
