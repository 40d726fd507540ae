// The worksheet as a klantmanager uses it: create, fill, reload, compare, delete, navigate.
// Elements are found by role and label, as a person (or a screen reader) finds them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserPerTest, overviewShown, waitForSaved } from './harness.mjs';
import {
  ANTWOORDEN,
  FEEDBACK_VELDEN,
  OBSERVATIES,
  SLIM_GROEPEN,
  TIJD_LABEL,
  VRAGEN,
  kop,
  naarOverzicht,
  nieuwMoment,
  nieuwWerkblad,
  openVanuitOverzicht,
  rij,
  sectie,
  thema,
  vandaag,
  voegMomentToe,
  voegVoornemenToe,
  vulFeedback,
  vulGesprek,
  vulSlim,
  vulThema,
  werkbladLijst,
} from './werkblad-ui.mjs';

const TIP = 'Stel één open vraag en wees daarna stil';

// ---------------------------------------------------------------------------------------------
// Finding things

const momenten = (page, vraag) =>
  thema(page, vraag)
    .getByRole('group', { name: /^Moment \d+/ });

/** The label text of the checked radio buttons / checkboxes in a group. */
async function aangevinkt(groep) {
  const vakjes = groep.locator('input:checked');
  return vakjes.evaluateAll((els) => els.map((el) => el.labels[0].textContent.trim()));
}

/** The label text of the one checked radio button in a group, or null. */
async function gekozen(groep) {
  const lijst = await aangevinkt(groep);
  assert.ok(lijst.length <= 1, `more than one radio checked: ${lijst}`);
  return lijst[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Reading things back, and what only this suite does

async function leesGesprek(page) {
  const s = sectie(page, '1. Het gesprek');
  return {
    datum: await s.getByLabel('Datum van het gesprek').inputValue(),
    label: await s.getByLabel('Label (code of initialen)').inputValue(),
    soort: await s.getByLabel('Soort gesprek').evaluate((sel) => sel.selectedOptions[0].text),
    aanwezig: await aangevinkt(s.getByRole('group', { name: /^Wie waren erbij/ })),
    anderen: await s.getByLabel('Anderen die erbij waren (rol)').inputValue(),
    doel: await s.getByLabel('Doel van het gesprek').inputValue(),
    inbreng: await s.getByLabel('Waarom breng je dit gesprek in?').inputValue(),
    video: await gekozen(s.getByRole('group', { name: /^Is het gesprek opgenomen/ })),
  };
}

async function leesMomenten(page, vraag) {
  const uit = [];
  for (const m of await momenten(page, vraag).all()) {
    const kopTekst = await m.locator('legend').textContent();
    uit.push({
      tijd: kopTekst.match(/— (\d+:\d\d)$/)?.[1] ?? null,
      wat: await m.getByLabel('Wat gebeurde er?').inputValue(),
      anders: await m.getByLabel('Wat had ik anders kunnen doen?').inputValue(),
    });
  }
  return uit;
}

async function leesThema(page, vraag) {
  const t = thema(page, vraag);
  return {
    antwoord: await gekozen(t.getByRole('group', { name: /^Antwoord op vraag/ })),
    observaties: await t.getByLabel(OBSERVATIES).inputValue(),
    momenten: await leesMomenten(page, vraag),
  };
}

async function leesFeedback(page) {
  const s = sectie(page, '3. Cliëntfeedback');
  const uit = {};
  for (const [veld, label] of Object.entries(FEEDBACK_VELDEN)) uit[veld] = await s.getByLabel(label).inputValue();
  return uit;
}

async function leesSlim(page) {
  const s = sectie(page, '4. Interventielogica (SLIM)');
  const uit = {};
  for (const [sleutel, legend] of Object.entries(SLIM_GROEPEN)) uit[sleutel] = await gekozen(s.getByRole('group', { name: legend }));
  uit.toelichting = await s.getByLabel('Waaraan merk je dat? (toelichting)').inputValue();
  return uit;
}

/** The SLIM outcome, once it starts with `begin` ("Passend", "Niet passend"). */
async function slimUitkomst(page, begin) {
  const uitkomst = sectie(page, '4. Interventielogica (SLIM)')
    .getByRole('status')
    .filter({ has: page.getByRole('heading', { name: 'Uitkomst' }) })
    .getByText(new RegExp(`^${begin}:`));
  await uitkomst.waitFor();
  return uitkomst.textContent();
}

/** Section 5: own intentions typed in, then tips from "Ideeën uit de methode". */
async function vulVoornemens(page, { eigen = [], tips = [] }) {
  const s = sectie(page, '5. Voornemens');
  for (const tekst of eigen) await voegVoornemenToe(page, tekst);
  if (tips.length > 0) {
    await s.getByText('Ideeën uit de methode').click();
    const ideeen = s.getByRole('group').filter({ hasText: 'Ideeën uit de methode' });
    for (const tip of tips) {
      await ideeen.getByRole('listitem').filter({ hasText: tip }).getByRole('button', { name: /^Toevoegen/ }).click();
    }
  }
}

const voornemenVelden = (page) => sectie(page, '5. Voornemens').getByLabel(/^Voornemen \d+$/);

const leesVoornemens = (page) => voornemenVelden(page).evaluateAll((els) => els.map((el) => el.value));

/** Everything on the worksheet, in the shape the tests fill it in. */
async function leesWerkblad(page) {
  const themas = [];
  for (const vraag of VRAGEN) themas.push(await leesThema(page, vraag));
  return {
    gesprek: await leesGesprek(page),
    themas,
    feedback: await leesFeedback(page),
    slim: await leesSlim(page),
    voornemens: await leesVoornemens(page),
  };
}

/** Reloads and waits for the worksheet with this name. */
async function herlaad(page, naam) {
  await page.reload();
  await kop(page).filter({ hasText: `Werkblad: ${naam}` }).waitFor();
}

/** Today's date in the browser, as the app shows it: dd-mm-jjjj. */
const vandaagNl = async (page) => (await vandaag(page)).nl;

// ---------------------------------------------------------------------------------------------

describe('Werkblad in de browser', () => {
  let h;
  let page;

  browserPerTest((nieuw) => {
    h = nieuw;
    page = h.page;
  });

  test('a. een volledig ingevuld werkblad is er na herladen helemaal terug', async () => {
    const url = await nieuwWerkblad(page);
    const gesprek = {
      datum: '2026-11-03',
      label: 'KM-E2E-1',
      soort: 'Voortgangsgesprek',
      aanwezig: ['Cliënt', 'Klantmanager', 'Tolk'],
      anderen: 'Taalmaatje',
      doel: 'Afspraken maken over de eerste stap richting vrijwilligerswerk.',
      inbreng: 'Ik wil leren wanneer ik te snel ga invullen.',
      video: 'Ja, met toestemming',
    };
    const themas = VRAGEN.map((vraag, i) => ({
      antwoord: ANTWOORDEN[i % ANTWOORDEN.length],
      observaties: `Observatie bij vraag ${i + 1}: ik zag en hoorde iets.`,
      momenten: [],
    }));
    // Entered out of order on purpose: the list is sorted by time.
    themas[0].momenten = [
      { tijd: '12:05', wat: 'Cliënt wordt stil bij het woord sanctie.', anders: 'Benoemen wat ik zie.' },
      { tijd: '03:07', wat: 'Cliënt vertelt over de mantelzorg.', anders: '' },
    ];
    themas[1].momenten = [{ tijd: '75:30', wat: '', anders: 'Eerst vragen hoe het voelt.' }];
    themas[6].momenten = [{ tijd: '0:42', wat: 'Ik noem het doel pas na tien minuten.', anders: 'Doel meteen noemen.' }];
    const feedback = {
      werkrelatie: '7',
      werkrelatieWoorden: 'Je luisterde deze keer echt.',
      doel: '6',
      doelWoorden: 'Ik weet nu wat de volgende stap is.',
    };
    const slim = {
      zelfbeeld: '2. Ik wil wel, maar ik kan niet',
      mensbeeld: '2. Ik wil wel, maar ik kan niet',
      rol: '2. Leraar',
      traject: '2. Leren',
      toelichting: 'De cliënt vroeg zelf om uitleg.',
    };

    await vulGesprek(page, gesprek);
    for (const [i, vraag] of VRAGEN.entries()) await vulThema(page, vraag, themas[i]);
    await vulFeedback(page, feedback);
    // A mismatch first: the outcome says so, then the matching approach.
    await vulSlim(page, { ...slim, rol: '1. Facilitator / verkoper' });
    assert.match(await slimUitkomst(page, 'Niet passend'), /je rol \(1\)/);
    await vulSlim(page, slim);
    assert.match(await slimUitkomst(page, 'Passend'), /Leraar/);
    await vulVoornemens(page, { eigen: ['Meer achterover zitten.'], tips: [TIP] });
    await waitForSaved(page);

    const verwacht = {
      gesprek,
      themas: themas.map((t) => ({
        ...t,
        momenten: t.momenten
          .map((m) => ({ ...m, tijd: m.tijd.padStart(5, '0') }))
          .sort((x, y) => x.tijd.localeCompare(y.tijd)),
      })),
      feedback,
      slim,
      voornemens: ['Meer achterover zitten.', TIP],
    };
    assert.deepEqual(await leesWerkblad(page), verwacht, 'before reload');

    await herlaad(page, 'KM-E2E-1');
    assert.equal(page.url(), url);
    assert.deepEqual(await leesWerkblad(page), verwacht, 'after reload');
    await slimUitkomst(page, 'Passend');

    await naarOverzicht(page);
    await rij(page, 'KM-E2E-1').getByText("11 van 11 thema's").waitFor();
  });

  test('b. een ongeldige tijd geeft een melding bij het veld en bewaart geen moment', async () => {
    await nieuwWerkblad(page);
    await vulGesprek(page, { label: 'KM-TIJD' });
    await waitForSaved(page);
    const vraag = VRAGEN[0];
    const form = nieuwMoment(page, vraag);
    const tijd = form.getByLabel(TIJD_LABEL);

    for (const [invoer, melding] of [
      ['75:99', /seconden gaan van 00 tot en met 59/],
      ['-1', /minuten:seconden/],
      ['abc', /minuten:seconden/],
    ]) {
      await voegMomentToe(page, vraag, { tijd: invoer, wat: 'Iets gebeurde.' });
      await form.getByRole('alert').filter({ hasText: melding }).waitFor();
      assert.equal(await tijd.getAttribute('aria-invalid'), 'true', invoer);
      assert.equal(await tijd.inputValue(), invoer, 'the typed time stays in the field');
      // The message is part of the field's description, so a screen reader reads it there too.
      const foutId = await form.getByRole('alert').getAttribute('id');
      assert.ok((await tijd.getAttribute('aria-describedby')).split(' ').includes(foutId));
      assert.equal(await momenten(page, vraag).count(), 0, invoer);
    }

    await waitForSaved(page);
    await herlaad(page, 'KM-TIJD');
    assert.equal(await momenten(page, vraag).count(), 0, 'after reload');
    // What was typed in the form is not lost on a reload: it is the worksheet's draft moment.
    assert.equal(await tijd.inputValue(), 'abc', 'the draft time is back');
    assert.equal(await form.getByLabel('Wat gebeurde er?').inputValue(), 'Iets gebeurde.');

    // A valid time clears the message.
    await voegMomentToe(page, vraag, { tijd: '1:02:03', wat: 'Nu wel.' });
    await momenten(page, vraag).filter({ hasText: 'Moment 1 — 62:03' }).waitFor();
    assert.equal(await tijd.getAttribute('aria-invalid'), 'false');
    assert.equal(await tijd.inputValue(), '', 'adding empties the draft');
    assert.equal(await form.getByLabel('Wat gebeurde er?').inputValue(), '');
    await waitForSaved(page);
  });

  test('c. twee werkbladen lopen niet door elkaar; het overzicht toont ze nieuwste eerst', async () => {
    const a = { datum: '2026-10-01', label: 'KM-A', soort: 'Intake', doel: 'Doel van gesprek A' };
    const b = { datum: '2026-11-02', label: 'KM-B', soort: 'Huisbezoek', doel: 'Doel van gesprek B' };

    await nieuwWerkblad(page);
    await vulGesprek(page, a);
    await vulThema(page, VRAGEN[0], { antwoord: 'Ja', observaties: 'Alleen in A' });
    await vulThema(page, VRAGEN[3], { antwoord: 'Nee', observaties: 'Ook alleen in A' });
    await waitForSaved(page);
    await naarOverzicht(page);

    await nieuwWerkblad(page);
    await vulGesprek(page, b);
    await vulThema(page, VRAGEN[1], { antwoord: 'Deels', observaties: 'Alleen in B' });
    await waitForSaved(page);
    await naarOverzicht(page);

    assert.deepEqual(await werkbladLijst(page).getByRole('heading').allTextContents(), ['KM-B', 'KM-A']);
    for (const [w, soort, aantal] of [[b, 'Huisbezoek', 1], [a, 'Intake', 2]]) {
      const r = rij(page, w.label);
      const [j, m, d] = w.datum.split('-');
      await r.getByText(`${d}-${m}-${j}`, { exact: true }).waitFor();
      await r.getByText(soort, { exact: true }).waitFor();
      await r.getByText(`${aantal} van 11 thema's`, { exact: true }).waitFor();
    }

    for (const [w, eigen, ander] of [[a, 0, 1], [b, 1, 0], [a, 0, 1]]) {
      await openVanuitOverzicht(page, w.label);
      const g = await leesGesprek(page);
      assert.equal(g.label, w.label);
      assert.equal(g.doel, w.doel);
      assert.equal(g.datum, w.datum);
      assert.equal(g.soort, w.soort);
      const mijnThema = await leesThema(page, VRAGEN[eigen]);
      const anderThema = await leesThema(page, VRAGEN[ander]);
      assert.match(mijnThema.observaties, new RegExp(`alleen in ${w.label.slice(-1)}`, 'i'));
      assert.deepEqual(anderThema, { antwoord: null, observaties: '', momenten: [] });
      await page.getByRole('link', { name: '← Alle werkbladen' }).click();
      await overviewShown(page);
    }
  });

  test('d. zonder label toont het overzicht "Werkblad zonder label" met de datum', async () => {
    await nieuwWerkblad(page);
    const naam = `Werkblad zonder label, ${await vandaagNl(page)}`;
    await kop(page).filter({ hasText: `Werkblad: ${naam}` }).waitFor();
    await naarOverzicht(page);
    await werkbladLijst(page).getByRole('heading', { name: naam, exact: true }).waitFor();

    await openVanuitOverzicht(page, naam);
    await vulGesprek(page, { datum: '2026-02-05' });
    await waitForSaved(page);
    await naarOverzicht(page);
    await werkbladLijst(page).getByRole('heading', { name: 'Werkblad zonder label, 05-02-2026', exact: true }).waitFor();
  });

  test('e. verwijderen vraagt eerst, en ongedaan maken zet het werkblad terug', async () => {
    await nieuwWerkblad(page);
    await vulGesprek(page, { label: 'KM-WEG', doel: 'Dit doel moet terugkomen.' });
    await waitForSaved(page);
    await naarOverzicht(page);
    const dialoog = page.getByRole('dialog', { name: 'Werkblad verwijderen?' });
    const verwijder = rij(page, 'KM-WEG').getByRole('button', { name: 'Verwijderen' });

    // Annuleren keeps it, and focus goes back to the button.
    await verwijder.click();
    await dialoog.waitFor();
    await dialoog.getByText('KM-WEG').waitFor();
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await rij(page, 'KM-WEG').waitFor();
    assert.ok(await verwijder.evaluate((el) => el === document.activeElement), 'focus back on Verwijderen');

    // Escape closes without deleting.
    await verwijder.click();
    await dialoog.waitFor();
    await page.keyboard.press('Escape');
    await dialoog.waitFor({ state: 'hidden' });
    await rij(page, 'KM-WEG').waitFor();

    // Confirming removes the row and offers undo.
    await verwijder.click();
    await dialoog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    await rij(page, 'KM-WEG').waitFor({ state: 'detached' });
    const ongedaan = page.getByRole('status').getByRole('button', { name: 'Ongedaan maken' });
    await page.getByRole('status').filter({ hasText: 'KM-WEG' }).filter({ hasText: 'is verwijderd' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ongedaan maken');

    await ongedaan.click();
    await rij(page, 'KM-WEG').waitFor();
    await ongedaan.waitFor({ state: 'detached' });
    await openVanuitOverzicht(page, 'KM-WEG');
    assert.equal((await leesGesprek(page)).doel, 'Dit doel moet terugkomen.');
  });

  test('f. terug, vooruit, herladen en een onbekend adres', async () => {
    const url = await nieuwWerkblad(page);
    await vulGesprek(page, { label: 'KM-ROUTE' });
    await waitForSaved(page);

    await page.goBack();
    await overviewShown(page);
    await page.goForward();
    await kop(page).filter({ hasText: 'Werkblad: KM-ROUTE' }).waitFor();
    assert.equal(page.url(), url);

    await herlaad(page, 'KM-ROUTE');
    assert.equal((await leesGesprek(page)).label, 'KM-ROUTE');

    await page.goto(new URL('#/werkblad/wb-bestaatniet', h.url).href);
    await kop(page).filter({ hasText: 'Werkblad niet gevonden' }).waitFor();
    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    await overviewShown(page);
    await rij(page, 'KM-ROUTE').waitFor();
  });

  test('g. onleesbare opslag wordt apart gezet; de rest blijft werken', async () => {
    await nieuwWerkblad(page);
    await vulGesprek(page, { label: 'KM-GELDIG' });
    await waitForSaved(page);
    await naarOverzicht(page);

    const rommel = '{"dit is": geen werkblad';
    await page.evaluate((r) => localStorage.setItem('werkblad.wb.wb-kapot', r), rommel);
    await page.reload();
    await overviewShown(page);

    await page.getByRole('alert').filter({ hasText: 'apart gezet' }).waitFor();
    await rij(page, 'KM-GELDIG').waitFor();
    assert.equal(await werkbladLijst(page).getByRole('listitem').count(), 1);

    const opslag = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    assert.equal(opslag['werkblad.wb.wb-kapot'], undefined, 'the garbage left its key');
    const apart = Object.keys(opslag).filter((k) => k.startsWith('werkblad.quarantaine.'));
    assert.equal(apart.length, 1, `quarantine keys: ${apart}`);
    assert.equal(opslag[apart[0]], rommel, 'the garbage is kept as it was');

    // The valid worksheet still opens with its content.
    await openVanuitOverzicht(page, 'KM-GELDIG');
    assert.equal((await leesGesprek(page)).label, 'KM-GELDIG');
  });
});
