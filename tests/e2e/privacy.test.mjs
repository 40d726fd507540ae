// Issue "Nothing leaves the device": no request outside the app's origin and no user text in any
// request, a strict CSP, no spell check or autocomplete on client text, the privacy guard, and
// "Alles wissen" only with the typed word.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserPerTest, printToPdf, storageSnapshot, waitForSaved } from './harness.mjs';
import {
  OBSERVATIES,
  VRAGEN,
  exporteerAlles,
  exporteerDitWerkblad,
  kopieerAlsTekst,
  maakWerkblad,
  naarAfdrukken,
  nieuwVervolg,
  nieuwWerkblad,
  openVanuitOverzicht,
  overalTekst,
  staKlembordToe,
  thema,
  viaMenu,
  vulWerkblad,
} from './werkblad-ui.mjs';

const KANARIE = 'KANARIE-7f3a';
const kanarie = (veld) => `${KANARIE}-${veld}`;

/** A nine-digit number that passes the 11-test, as every BSN does: `acht` digits + check digit. */
function geldigBsn(acht) {
  const som = [...acht].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
  const controle = som % 11;
  assert.ok(controle < 10, `no valid BSN starts with ${acht}`);
  return acht + controle;
}

/** Directives of a CSP as a map: name → value. */
const directieven = (csp) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([naam]) => naam)
      .map(([naam, ...waarde]) => [naam, waarde.join(' ')]),
  );

const alsCspMelding = (e) => e.includes('Content Security Policy');

describe('Privacy', () => {
  let h;
  let page;
  /** Every request of the session, with headers and body. */
  let verzoeken;

  browserPerTest((nieuw) => {
    h = nieuw;
    page = h.page;
    verzoeken = [];
    h.context.on('request', (r) => verzoeken.push(r));
  });

  test('a. niets verlaat het apparaat: printen, exporteren en kopiëren maken geen verzoek met de tekst', async () => {
    await staKlembordToe(h);
    await nieuwWerkblad(page);
    await vulWerkblad(page, overalTekst(kanarie));
    // The look-back fields only exist in a follow-up.
    await nieuwVervolg(page);
    await vulWerkblad(page, {
      gesprek: { label: kanarie('label-vervolg') },
      terugblik: [{ geprobeerd: 'Ja', gebeurd: kanarie('terugblik-1') }, { geprobeerd: 'Nee', gebeurd: kanarie('terugblik-2') }],
    });

    await viaMenu(page, 'Mijn werkbladen');
    await openVanuitOverzicht(page, kanarie('label'));
    await naarAfdrukken(page);
    // Each way out really carries the text, so the check below means something.
    assert.ok((await printToPdf(page)).text.includes(kanarie('doel')), 'the PDF');
    assert.ok((await exporteerDitWerkblad(page)).text.includes(kanarie('observaties-11')), 'one worksheet');
    assert.ok((await kopieerAlsTekst(page)).includes(kanarie('toelichting')), 'the clipboard');
    await viaMenu(page, 'Mijn werkbladen');
    assert.ok((await exporteerAlles(page)).text.includes(kanarie('terugblik-2')), 'the backup');

    const origin = new URL(h.url).origin;
    assert.ok(verzoeken.length > 0);
    for (const r of verzoeken) {
      assert.equal(new URL(r.url()).origin, origin, `request outside the app: ${r.url()}`);
      const headers = await r.allHeaders().catch(() => r.headers());
      const alles = [r.url(), JSON.stringify(headers), r.postData() ?? ''].join('\n');
      assert.ok(!alles.toUpperCase().includes(KANARIE.toUpperCase()), `user text in a request: ${r.method()} ${r.url()}`);
    }
  });

  test('b. de CSP staat in de header en in de pagina, en houdt een ingespoten script tegen', async () => {
    const header = (await page.request.get(h.url)).headers()['content-security-policy'];
    assert.ok(header, 'no Content-Security-Policy header');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(meta, 'no CSP meta tag');
    const uitHeader = directieven(header);
    const uitMeta = directieven(meta);
    for (const csp of [uitHeader, uitMeta]) {
      assert.equal(csp.get('default-src'), "'self'");
      assert.equal(csp.get('script-src'), "'self' 'wasm-unsafe-eval'");
      assert.equal(csp.get('connect-src'), "'self'");
    }
    for (const [naam, waarde] of uitMeta) assert.equal(uitHeader.get(naam), waarde, `header and meta differ on ${naam}`);
    assert.equal(uitHeader.get('frame-ancestors'), "'none'");
    assert.doesNotMatch(`${header};${meta}`, /'unsafe-inline'|'unsafe-eval'|\*/);

    // A whole session without a single violation: edit, print, export, privacy page.
    await nieuwWerkblad(page);
    await vulWerkblad(page, { gesprek: { label: 'KM-CSP', doel: 'Een gewoon gesprek.' }, voornemens: ['Luisteren.'] });
    await naarAfdrukken(page);
    await printToPdf(page);
    await exporteerDitWerkblad(page);
    await viaMenu(page, 'Privacy');
    assert.deepEqual(h.errors.filter(alsCspMelding), [], 'CSP violations during the session');

    // An inline script, as an injection would add it, is blocked and reported.
    const gemeld = page.waitForEvent('console', (m) => m.text().startsWith('Content Security Policy violation'));
    await page.addScriptTag({ content: 'window.ingespoten = true;' }).catch(() => {});
    assert.match((await gemeld).text(), /script-src/);
    assert.equal(await page.evaluate(() => window.ingespoten), undefined, 'the inline script ran');
    // That violation was expected; any other error still fails the test.
    const anders = h.errors.filter((e) => !alsCspMelding(e));
    h.errors.splice(0, h.errors.length, ...anders);
  });

  test('c. geen spellingscontrole en geen autocomplete in de tekstvelden', async () => {
    const tekstvelden = () => page.getByRole('main').locator('textarea, input:not([type]), input[type=text], input[type=search]');
    /** The free-text fields that lack one of the two attributes. */
    const zonder = () =>
      tekstvelden().evaluateAll((els) =>
        els
          .map((el) => ({
            veld: el.labels?.[0]?.textContent ?? el.id,
            spellcheck: el.getAttribute('spellcheck'),
            autocomplete: el.getAttribute('autocomplete'),
          }))
          .filter((v) => v.spellcheck !== 'false' || v.autocomplete !== 'off'),
      );

    // Every kind of field on screen: "Anders" with its text, a moment, an intention...
    await nieuwWerkblad(page);
    await vulWerkblad(page, {
      gesprek: { label: 'KM-VELDEN', soort: 'Anders', soortAnders: 'Telefonisch' },
      themas: { 0: { momenten: [{ tijd: '01:00', wat: 'Iets.' }] } },
      voornemens: ['Iets anders doen.'],
    });
    const aantal = await tekstvelden().count();
    assert.ok(aantal >= 55, `only ${aantal} text fields in the editor`);
    assert.deepEqual(await zonder(), []);
    // ...and the look-back of a follow-up, and the confirmation field on the privacy page.
    await nieuwVervolg(page);
    assert.deepEqual(await zonder(), []);
    await viaMenu(page, 'Privacy');
    assert.deepEqual(await zonder(), []);
  });

  test('d. de privacywaakhond waarschuwt, vervangt, laat de gespreksdatum met rust en vat samen', async () => {
    await nieuwWerkblad(page);
    await vulWerkblad(page, { gesprek: { label: 'KM-WAAKHOND', datum: '2026-11-03' } });
    const vraag = thema(page, VRAGEN[0]);
    const veld = vraag.getByLabel(OBSERVATIES);
    const waarschuwing = (soort) => vraag.getByRole('status').filter({ hasText: soort });

    await veld.fill('Bel haar op 06-12345678');
    const telefoon = waarschuwing('telefoonnummer');
    await telefoon.waitFor();
    // The warning belongs to the field: a screen reader reads it with the field.
    const beschreven = (await veld.getAttribute('aria-describedby')).split(' ');
    assert.ok(beschreven.includes(await telefoon.getAttribute('id')), 'warning not linked to the field');
    await telefoon.getByRole('button', { name: 'Vervang door [telefoonnummer]' }).click();
    assert.equal(await veld.inputValue(), 'Bel haar op [telefoonnummer]');
    await telefoon.waitFor({ state: 'hidden' });

    // After "geboren" any date is a birth date, except the conversation's own date.
    await veld.fill('Dochter geboren 02-11-2026');
    await waarschuwing('geboortedatum').waitFor();
    await veld.fill('Dochter geboren 03-11-2026');
    await waarschuwing('geboortedatum').waitFor({ state: 'hidden' });
    await waitForSaved(page);
    assert.equal(await waarschuwing('Let op').count(), 0, 'a warning about the conversation date');

    const bsn = geldigBsn('11122233');
    assert.equal(bsn, '111222333');
    await thema(page, VRAGEN[1]).getByLabel(OBSERVATIES).fill(`Zijn nummer is ${bsn}.`);
    await thema(page, VRAGEN[1]).getByRole('status').filter({ hasText: 'BSN' }).waitFor();
    await waitForSaved(page);
    await naarAfdrukken(page);
    const samenvatting = page.getByRole('note', { name: 'Let op: mogelijk persoonsgegevens' });
    await samenvatting.getByText('BSN in: Vraag 2: observaties.').waitFor();
  });

  test('e. "Alles wissen" wist alleen met het getypte woord, en alleen wat van de app is', async () => {
    await maakWerkblad(page, { gesprek: { label: 'KM-WISSEN' }, voornemens: ['Iets.'] });
    await page.evaluate(() => localStorage.setItem('andere-app.instelling', 'blijft staan'));
    await viaMenu(page, 'Privacy');
    const wis = page.getByRole('button', { name: 'Alles wissen' });
    const voor = await storageSnapshot(page);
    assert.ok(Object.keys(voor).some((k) => k.startsWith('werkblad.wb.')));

    // Without the typed word a click explains what to do, and wipes nothing.
    await wis.click();
    await page.getByRole('status').filter({ hasText: 'Typ eerst WISSEN' }).filter({ hasText: 'Er is niets gewist' }).waitFor();
    assert.deepEqual(await storageSnapshot(page), voor);

    await page.getByLabel('Typ WISSEN om te bevestigen').fill('WISSEN');
    await wis.click();
    await page.getByRole('status').filter({ hasText: 'Alles is gewist' }).waitFor();
    const na = await storageSnapshot(page);
    assert.deepEqual(Object.keys(na).filter((k) => k.startsWith('werkblad.')), []);
    assert.equal(na['andere-app.instelling'], 'blijft staan');
    await viaMenu(page, 'Mijn werkbladen');
    await page.getByText('Je hebt nog geen werkbladen.').waitFor();
  });
});
