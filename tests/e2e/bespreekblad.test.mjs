// Issue 11 "Het bespreekblad": the first printed page for the reflection meeting, anonymous on
// request. Worksheets are seeded as stored schema-v3 JSON (moments marked "bespreken"), printed
// through Chromium's own pipeline to A4 and read back with pdftotext.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { browserPerTest, printToPdf, storageSnapshot, waitForSaved } from './harness.mjs';

/** Screenshots for a person to look at; outside the repository on purpose. */
const SCHERMAFBEELDINGEN = process.env.WERKBLAD_SHOTS ?? '/tmp/werkblad-shots';
import {
  ANTWOORDEN,
  VRAGEN,
  afdrukvoorbeeld,
  kop,
  kopieerAlsTekst,
  naarAfdrukken,
  nieuwWerkblad,
  staKlembordToe,
  thema,
  voegMomentToe,
} from './werkblad-ui.mjs';

const THEMA_IDS = [
  'thema.emotie',
  'thema.weerstand',
  'thema.feedback',
  'thema.resultaten',
  'thema.contact.echtheid',
  'thema.contact.beleving',
  'thema.doel.helder',
  'thema.doel.agenda',
  'thema.regie.metacommunicatie',
  'thema.regie.beurten',
  'thema.interventielogica',
];
/** The themes' short names on the bespreekblad, numbered. */
const KORT = [
  'Raakmomenten',
  'Weerstand',
  'Feedback gevraagd',
  'Resultaten',
  'Echtheid',
  'Beleving en gevoel',
  'Doel helder',
  'Gezamenlijke agenda',
  'Metacommunicatie',
  'Praat- en luisterbeurten',
  'Benadering past',
].map((k, i) => `${i + 1}. ${k}`);
const SCHAAL = { Ja: 'ja', Deels: 'deels', Nee: 'nee', 'Weet niet': 'weet_niet' };
/** A made-up BSN that passes the 11-proef. */
const BSN = '111222333';

/**
 * A stored worksheet (schema version 3) from a short description:
 * { id, label, datum, inbreng, doel, antwoorden: [11 answers or null],
 *   observaties: { [theme index]: text }, momenten: [{ thema, tijd: 'mm:ss', wat, anders, bespreken }],
 *   feedback: {...}, slim: {...}, voornemens: [text] }
 */
function werkblad(w) {
  let nummer = 1;
  const themas = Object.fromEntries(
    THEMA_IDS.map((id, i) => [
      id,
      {
        antwoord: w.antwoorden?.[i] ? SCHAAL[w.antwoorden[i]] : null,
        observaties: w.observaties?.[i] ?? '',
        momenten: (w.momenten ?? [])
          .filter((m) => m.thema === i)
          .map((m) => ({ id: `i${nummer++}`, tijd: m.tijd ?? null, wat: m.wat, anders: m.anders, bespreken: !!m.bespreken })),
      },
    ]),
  );
  return {
    schema_version: 3,
    id: w.id,
    gewijzigd: 1_780_000_000_000,
    revisie: 1,
    gesprek: {
      datum: w.datum ?? '2026-11-03',
      label: w.label ?? '',
      soort: w.soort ?? null,
      soort_anders: '',
      aanwezig: w.aanwezig ?? [],
      aanwezig_anders: '',
      doel: w.doel ?? '',
      inbreng: w.inbreng ?? '',
      video: w.momenten?.length ? true : null,
    },
    themas,
    feedback: w.feedback ?? {},
    slim: w.slim ?? {},
    voornemens: (w.voornemens ?? []).map((tekst) => ({ id: `i${nummer++}`, tekst })),
    terugblik: [],
    volgend_nummer: nummer,
  };
}

/** A typical worksheet brought to the meeting: every theme answered, four moments, two marked. */
const TYPISCH = {
  id: 'wb-bespreek-typisch',
  label: 'KM-BESPREEK-7',
  soort: 'voortgang',
  aanwezig: ['client', 'klantmanager'],
  doel: 'Samen de volgende stap naar vrijwilligerswerk kiezen.',
  inbreng: 'Ik wil leren wanneer ik te snel invul voor de cliënt, in plaats van door te vragen.',
  antwoorden: THEMA_IDS.map((_, i) => ANTWOORDEN[i % 4]),
  observaties: { 0: 'Cliënt wordt stil bij het woord sanctie.', 6: 'Ik noemde het doel pas aan het eind.' },
  momenten: [
    { thema: 7, tijd: '21:40', wat: 'Ik begin meteen over de regels.', anders: 'Eerst samen de agenda maken.', bespreken: true },
    { thema: 0, tijd: '03:05', wat: 'Niet gemarkeerd moment.', anders: 'Niets.' },
    { thema: 0, tijd: '12:05', wat: 'Lange stilte na mijn vraag.', anders: 'Benoemen wat ik zie.', bespreken: true },
    { thema: 9, tijd: '30:00', wat: 'Ik praat door de cliënt heen.', anders: 'Laten uitpraten.' },
  ],
  feedback: { werkrelatie: 7, werkrelatie_woorden: 'Je luisterde deze keer echt.', doel: 6, doel_woorden: 'Ik weet nu wat de volgende stap is.' },
  slim: { zelfbeeld: 'twee', mensbeeld: 'twee', rol: 'een', traject: 'twee', toelichting: '' },
  voornemens: ['Eén open vraag stellen en dan stil zijn.', 'Het doel aan het begin noemen.'],
};

/** Every theme at length with two moments each, four of them marked. */
const lang = (i, n) => `Observatie ${n} bij vraag ${i + 1}: de cliënt kijkt weg en zegt dat het toch niet lukt, ik ga door met mijn eigen punt.`;
const VOL = {
  ...TYPISCH,
  id: 'wb-bespreek-vol',
  label: 'KM-BESPREEK-VOL',
  inbreng: 'Ik wil leren wanneer ik te snel invul. '.repeat(30),
  observaties: Object.fromEntries(THEMA_IDS.map((_, i) => [i, [1, 2, 3, 4, 5].map((n) => lang(i, n)).join('\n')])),
  momenten: THEMA_IDS.flatMap((_, i) => [
    { thema: i, tijd: `${String(i + 2).padStart(2, '0')}:15`, wat: `Eerste moment bij vraag ${i + 1}: de cliënt zucht en leunt achterover.`, anders: 'Vragen wat er door hem heen gaat.', bespreken: i % 3 === 0 },
    { thema: i, tijd: `${String(i + 30).padStart(2, '0')}:45`, wat: `Tweede moment bij vraag ${i + 1}: ik praat door de cliënt heen. `.repeat(8), anders: 'Stil zijn en laten uitpraten.' },
  ]),
  voornemens: ['Eén open vraag stellen en dan stil zijn.', 'Samenvatten voor ik verder ga.', 'Aan het eind vragen hoe het gesprek was.'],
};

const LEEG = { id: 'wb-bespreek-leeg' };

/** Text on one line, whatever the layout did with columns and line breaks. */
const plat = (tekst) => tekst.replace(/\s+/g, ' ');
const bladzijden = (text) => text.split('\f').filter((b) => b.trim()).map(plat);

const keuze = (page, naam) => page.getByRole('group', { name: 'Wat druk je af?' }).getByRole('radio', { name: naam, exact: true });
const anoniem = (page) => page.getByRole('checkbox', { name: 'Anoniem afdrukken' });

describe('Bespreekblad', () => {
  let h;
  let page;

  browserPerTest((nieuw) => {
    h = nieuw;
    page = h.page;
  });

  /** Stores the worksheet as the app would, reloads, and opens its print view. */
  async function zaaiEnDrukAf(w) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`werkblad.wb.${w.id}`, JSON.stringify(werkblad(w))]);
    await page.goto(`${h.url}#/werkblad/${w.id}/afdrukken`);
    await page.reload();
    await kop(page).filter({ hasText: /^Afdrukken$/ }).waitFor();
    await afdrukvoorbeeld(page).getByRole('heading', { name: 'Bespreekblad' }).waitFor();
  }

  /** Chooses what to print and waits until the preview shows it. */
  async function kies(naam) {
    await keuze(page, naam).check();
    const voorbeeld = afdrukvoorbeeld(page);
    const bespreek = voorbeeld.getByRole('heading', { name: 'Bespreekblad', exact: true });
    const werkbladKop = voorbeeld.getByRole('heading', { name: /^Werkblad/ });
    if (naam === 'Alleen het bespreekblad') await werkbladKop.waitFor({ state: 'detached' });
    else await werkbladKop.waitFor();
    if (naam === 'Alleen het hele werkblad') await bespreek.waitFor({ state: 'detached' });
    else await bespreek.waitFor();
  }

  test('a. bladzijde 1 is het bespreekblad met inbreng, momenten, thema\'s, SLIM en voornemens', async () => {
    await zaaiEnDrukAf(TYPISCH);
    // The pages as images for a person to look at, outside the repository.
    await mkdir(SCHERMAFBEELDINGEN, { recursive: true });
    const { text, pages } = await printToPdf(page, { png: path.join(SCHERMAFBEELDINGEN, 'bespreekblad-pdf') });
    const [een, twee] = bladzijden(text);
    assert.ok(pages >= 2, `bespreekblad and the full worksheet: ${pages} pages`);

    assert.ok(een.startsWith(' Bespreekblad') || een.trimStart().startsWith('Bespreekblad'), een.slice(0, 80));
    assert.ok(een.includes(TYPISCH.inbreng), 'the question brought in');
    assert.ok(een.includes(TYPISCH.doel), 'the goal');
    assert.ok(een.includes('Label: KM-BESPREEK-7') && een.includes('Datum: 03-11-2026'), een);
    assert.ok(een.includes('Voortgangsgesprek') && een.includes('Cliënt, Klantmanager'), 'kind and roles');
    // The marked moments, in time order, with their time code and theme; the others not.
    const a = een.indexOf('12:05');
    const b = een.indexOf('21:40');
    assert.ok(a !== -1 && b !== -1 && a < b, `marked moments in time order: ${een}`);
    assert.ok(een.includes('Lange stilte na mijn vraag.') && een.includes('Eerst samen de agenda maken.'));
    assert.ok(!een.includes('03:05') && !een.includes('Niet gemarkeerd moment'), 'an unmarked moment is not on the bespreekblad');
    for (const [i, naam] of KORT.entries()) {
      assert.ok(een.includes(`${naam} ${ANTWOORDEN[i % 4]}`), `theme ${naam} with its answer: ${een}`);
    }
    assert.ok(een.includes('7 van 10') && een.includes('6 van 10'), 'the two scores');
    assert.match(een, /SLIM: Niet passend/);
    for (const v of TYPISCH.voornemens) assert.ok(een.includes(v), v);
    // One page: the full worksheet starts on page 2.
    assert.ok(twee.trimStart().startsWith('Werkblad: KM-BESPREEK-7'), twee.slice(0, 80));
    assert.ok(!een.includes('Werkblad: KM-BESPREEK-7'));
    // Footer on every page: label and date, "pagina X van Y".
    for (const [n, blad] of bladzijden(text).entries()) {
      assert.ok(blad.includes(`pagina ${n + 1} van ${pages}`), `page ${n + 1} footer: ${blad.slice(-120)}`);
      assert.ok(blad.includes('KM-BESPREEK-7 · 03-11-2026'), `page ${n + 1} running head`);
    }
    // A heading never ends a page.
    for (const [n, blad] of text.split('\f').entries()) {
      const regels = blad.trim().split('\n').filter((r) => !/pagina \d+ van \d+/.test(r));
      const laatste = regels.at(-1)?.trim() ?? '';
      assert.ok(!/^(Bespreekblad|Mijn inbreng|Momenten om te bespreken|De elf thema's|Thema's|Cliëntfeedback|Voornemens voor het volgende gesprek)$/.test(laatste), `page ${n + 1} ends with a heading: ${laatste}`);
    }
  });

  test('b. alleen het bespreekblad is één keuze en één bladzijde; bladzijden geteld', async () => {
    const tel = {};
    for (const w of [LEEG, TYPISCH, VOL]) {
      await zaaiEnDrukAf(w);
      tel[w.id] = {};
      for (const naam of ['Bespreekblad en het hele werkblad', 'Alleen het bespreekblad', 'Alleen het hele werkblad']) {
        await kies(naam);
        const { text, pages } = await printToPdf(page);
        tel[w.id][naam] = pages;
        if (w === VOL && naam === 'Bespreekblad en het hele werkblad') {
          // A very long question brought in: shortened with "…" on page 1, in full after it.
          // Counted by word: -layout interleaves the label column with the wrapped value.
          const [een, ...rest] = bladzijden(text);
          const keer = (t) => t.split('invul').length - 1;
          assert.ok(keer(een) < 30 && een.includes('…'), `shortened on the bespreekblad: ${keer(een)}`);
          assert.ok(keer(rest.join(' ')) >= 30, `in full in the worksheet after it: ${keer(rest.join(' '))}`);
        }
      }
      // Anonymous adds a line on page 1; the bespreekblad still fits on one page.
      await kies('Alleen het bespreekblad');
      await anoniem(page).check();
      await afdrukvoorbeeld(page).getByText(/^Geanonimiseerd afgedrukt/).waitFor();
      tel[w.id]['Alleen het bespreekblad, anoniem'] = (await printToPdf(page)).pages;
      await anoniem(page).uncheck();
      // Back to the default for the next worksheet.
      await kies('Bespreekblad en het hele werkblad');
    }
    console.log('pages (both / only bespreekblad / only worksheet):', JSON.stringify(tel));
    for (const w of [LEEG, TYPISCH, VOL]) {
      assert.equal(tel[w.id]['Alleen het bespreekblad'], 1, `${w.id}: the bespreekblad is one page`);
      assert.equal(tel[w.id]['Alleen het bespreekblad, anoniem'], 1, `${w.id}: anonymous, still one page`);
      assert.equal(tel[w.id]['Bespreekblad en het hele werkblad'], tel[w.id]['Alleen het hele werkblad'] + 1, `${w.id}: the bespreekblad adds one page`);
    }
  });

  test('c. zonder gemarkeerde momenten en leeg: een regel en "geen antwoord"', async () => {
    await zaaiEnDrukAf(LEEG);
    await kies('Alleen het bespreekblad');
    const { text, pages } = await printToPdf(page);
    assert.equal(pages, 1);
    const een = plat(text);
    assert.ok(een.includes('Er zijn geen momenten gemarkeerd om te bespreken.'), een);
    assert.ok(een.includes('Wat wil ik van dit gesprek leren? geen antwoord'), een);
    for (const naam of KORT) assert.ok(een.includes(`${naam} —`), `${naam} without an answer: ${een}`);
    assert.ok(een.includes('pagina 1 van 1'), een);
  });

  test('d. anoniem: geen label en geen BSN op papier of klembord, het werkblad blijft gelijk', async () => {
    await staKlembordToe(h);
    const w = {
      ...TYPISCH,
      id: 'wb-bespreek-anoniem',
      observaties: { 0: `KM-BESPREEK-7 noemde zelf haar BSN ${BSN} aan de balie.` },
      momenten: [{ thema: 1, tijd: '04:20', wat: `Ze leest haar BSN ${BSN} voor.`, anders: 'Zeggen dat het niet hoeft.', bespreken: true }],
    };
    await zaaiEnDrukAf(w);
    const voor = await storageSnapshot(page);
    // The guard's warning points at the switch, and says when it is on.
    const waarschuwing = page.getByRole('note', { name: 'Let op: mogelijk persoonsgegevens' });
    await waarschuwing.getByText('Of kies “Anoniem afdrukken”', { exact: false }).waitFor();
    await anoniem(page).check();
    await afdrukvoorbeeld(page).getByText(/^Geanonimiseerd afgedrukt/).waitFor();
    await waarschuwing.getByText('“Anoniem afdrukken” staat aan', { exact: false }).waitFor();
    const { text, pages } = await printToPdf(page);
    const pdf = plat(text);
    assert.ok(!pdf.includes('KM-BESPREEK-7'), 'the label is not on paper');
    assert.ok(!pdf.includes(BSN), 'the BSN is not on paper');
    assert.ok(pdf.includes('Ze leest haar BSN [BSN] voor.'), 'masked in the marked moment');
    assert.ok(pdf.includes('Cliënt noemde zelf haar BSN [BSN]'), 'label and BSN masked in the observation');
    assert.ok(pdf.includes('Label: Cliënt') && pdf.includes('Werkblad: Cliënt'));
    assert.ok(bladzijden(text)[0].includes('Geanonimiseerd afgedrukt'), 'the line saying so, on page 1');
    for (const [n, blad] of bladzijden(text).entries()) {
      assert.ok(blad.includes(`Cliënt · 03-11-2026 · geanonimiseerd`) && blad.includes(`pagina ${n + 1} van ${pages}`), `page ${n + 1}`);
    }
    const klembord = await kopieerAlsTekst(page);
    assert.ok(!klembord.includes('KM-BESPREEK-7') && !klembord.includes(BSN), klembord);
    assert.ok(klembord.startsWith('Geanonimiseerd afgedrukt') && klembord.includes('Bespreekblad'), klembord.slice(0, 200));

    // The stored worksheet is unchanged; only the print choice was remembered.
    const na = await storageSnapshot(page);
    const sleutel = `werkblad.wb.${w.id}`;
    assert.equal(na[sleutel], voor[sleutel], 'the stored worksheet');
    assert.ok(na[sleutel].includes(BSN) && na[sleutel].includes('KM-BESPREEK-7'));
    assert.equal(JSON.parse(na['werkblad.instellingen']).afdruk.anoniem, true, 'the switch is remembered');
  });

  test('f. in de editor een moment aanvinken zet het op het bespreekblad', async () => {
    await nieuwWerkblad(page);
    await voegMomentToe(page, VRAGEN[1], { tijd: '04:10', wat: 'Hij sloeg de armen over elkaar.', anders: 'Vragen wat er gebeurde.' });
    await voegMomentToe(page, VRAGEN[1], { tijd: '09:30', wat: 'Niet aangevinkt moment.', anders: '' });
    const vinkje = thema(page, VRAGEN[1])
      .getByRole('group', { name: /^Moment 1/ })
      .getByRole('checkbox', { name: 'Bespreken in de intervisie' });
    await vinkje.check();
    await waitForSaved(page);
    await naarAfdrukken(page);
    const { text } = await printToPdf(page);
    const [een] = bladzijden(text);
    assert.ok(een.includes('04:10') && een.includes('Hij sloeg de armen over elkaar.'), een);
    assert.ok(!een.includes('Niet aangevinkt moment.'), 'only the ticked moment is on page 1');
    // Still ticked after a reload: it is stored.
    await page.goBack();
    await page.reload();
    await vinkje.waitFor();
    assert.equal(await vinkje.isChecked(), true);
  });

  test('e. het lege formulier begint met een leeg bespreekblad', async () => {
    await page.getByRole('link', { name: 'Leeg werkblad afdrukken' }).click();
    await kop(page).filter({ hasText: 'Leeg werkblad afdrukken' }).waitFor();
    await afdrukvoorbeeld(page).getByRole('heading', { name: 'Bespreekblad' }).waitFor();
    assert.equal(await anoniem(page).count(), 0, 'nothing to anonymise on a blank form');
    const { text, pages } = await printToPdf(page);
    const [een, twee] = bladzijden(text);
    console.log(`blank form: ${pages} pages`);
    assert.ok(een.includes('Bespreekblad') && een.includes('Momenten om te bespreken'));
    for (const naam of KORT) assert.ok(een.includes(naam), naam);
    assert.ok(!plat(text).includes('geen antwoord'));
    assert.ok(twee.trimStart().startsWith('Werkblad'), twee.slice(0, 60));
    assert.ok(een.includes(`pagina 1 van ${pages}`));
  });
});
