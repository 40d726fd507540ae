// The worksheet as a klantmanager uses it: create, fill, reload, compare, delete, navigate.
// Elements are found by role and label, as a person (or a screen reader) finds them.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import {
  assertNoErrors,
  assertOnlyOwnOrigin,
  openApp,
  overviewShown,
  start,
  waitForSaved,
} from './harness.mjs';

// The eleven questions, in the method's words and in the order of the worksheet.
const VRAGEN = [
  'Zijn er raakmomenten (emotie)?',
  'Is er sprake van weerstand, afhaken of verstarren (fight, flight, freeze)?',
  'Wordt er aan cliënten feedback gevraagd?',
  'Welke resultaten worden bereikt?',
  'Is er echtheid in de communicatie?',
  'Wordt er naar beleving en gevoel gevraagd, ruimte gegeven en geluisterd?',
  'Is het doel van het gesprek helder?',
  'Is er een gezamenlijke agenda?',
  'Is er metacommunicatie (benoemen wat je doet en waarom)?',
  'Wisselen de praat- en luisterbeurten voldoende?',
  'Klopt de benadering met het zelfbeeld van de cliënt?',
];
const ANTWOORDEN = ['Ja', 'Deels', 'Nee', 'Weet niet'];
const TIJD_LABEL = 'Tijd in de opname (minuten:seconden)';
const TIP = 'Stel één open vraag en wees daarna stil';

// ---------------------------------------------------------------------------------------------
// Finding things

const sectie = (page, naam) => page.getByRole('region', { name: naam });
const thema = (page, vraag) => page.getByRole('region', { name: vraag });
const nieuwMoment = (page, vraag) => thema(page, vraag).getByRole('group', { name: 'Moment toevoegen' });
const momenten = (page, vraag) =>
  thema(page, vraag)
    .getByRole('group', { name: /^Moment \d+/ });
const werkbladLijst = (page) => page.getByRole('list', { name: 'Werkbladen, nieuwste eerst' });
const rij = (page, naam) =>
  werkbladLijst(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: naam, exact: true }) });
const kop = (page) => page.getByRole('heading', { level: 1 });

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
// Doing things

/** Clicks "Nieuw werkblad" on the overview; resolves to the new worksheet's URL. */
async function nieuwWerkblad(page) {
  await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
  await page.waitForURL(/#\/werkblad\/wb-/);
  await kop(page).filter({ hasText: /^Werkblad: / }).waitFor();
  return page.url();
}

/** Goes to the overview through the main menu. */
async function naarOverzicht(page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werkbladen' }).click();
  await overviewShown(page);
}

/** Opens a worksheet from the overview by its name. */
async function openVanuitOverzicht(page, naam) {
  await rij(page, naam).getByRole('link', { name: naam, exact: true }).click();
  await kop(page).filter({ hasText: `Werkblad: ${naam}` }).waitFor();
}

/** Section 1. Every key is optional. */
async function vulGesprek(page, g) {
  const s = sectie(page, '1. Het gesprek');
  if (g.datum !== undefined) await s.getByLabel('Datum van het gesprek').fill(g.datum);
  if (g.label !== undefined) await s.getByLabel('Label (code of initialen)').fill(g.label);
  if (g.soort !== undefined) await s.getByLabel('Soort gesprek').selectOption({ label: g.soort });
  for (const rol of g.aanwezig ?? []) await s.getByRole('checkbox', { name: rol, exact: true }).check();
  if (g.anderen !== undefined) await s.getByLabel('Anderen die erbij waren (rol)').fill(g.anderen);
  if (g.doel !== undefined) await s.getByLabel('Doel van het gesprek').fill(g.doel);
  if (g.inbreng !== undefined) await s.getByLabel('Waarom breng je dit gesprek in?').fill(g.inbreng);
  if (g.video !== undefined) {
    await s.getByRole('group', { name: /^Is het gesprek opgenomen/ }).getByRole('radio', { name: g.video, exact: true }).check();
  }
}

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

/** Answers one theme question and writes observations. */
async function beantwoordThema(page, vraag, { antwoord, observaties }) {
  const t = thema(page, vraag);
  await t.getByRole('radio', { name: antwoord, exact: true }).check();
  await t.getByLabel('Wat zag en hoorde je? (observaties)').fill(observaties);
}

/** Fills the "Moment toevoegen" form of one theme and presses its button. */
async function voegMomentToe(page, vraag, { tijd, wat = '', anders = '' }) {
  const form = nieuwMoment(page, vraag);
  await form.getByLabel(TIJD_LABEL).fill(tijd);
  await form.getByLabel('Wat gebeurde er?').fill(wat);
  await form.getByLabel('Wat had ik anders kunnen doen?').fill(anders);
  await form.getByRole('button', { name: 'Moment toevoegen' }).click();
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
    observaties: await t.getByLabel('Wat zag en hoorde je? (observaties)').inputValue(),
    momenten: await leesMomenten(page, vraag),
  };
}

const FEEDBACK_VELDEN = {
  werkrelatie: 'Cijfer voor de werkrelatie',
  werkrelatieWoorden: 'Wat zei de cliënt over de werkrelatie? (eigen woorden)',
  doel: 'Cijfer voor het doel',
  doelWoorden: 'Wat zei de cliënt over het doel? (eigen woorden)',
};

/** Section 3: two scores and the client's own words about each. */
async function vulFeedback(page, f) {
  const s = sectie(page, '3. Cliëntfeedback');
  for (const [veld, label] of Object.entries(FEEDBACK_VELDEN)) await s.getByLabel(label).fill(f[veld]);
}

async function leesFeedback(page) {
  const s = sectie(page, '3. Cliëntfeedback');
  const uit = {};
  for (const [veld, label] of Object.entries(FEEDBACK_VELDEN)) uit[veld] = await s.getByLabel(label).inputValue();
  return uit;
}

const SLIM_GROEPEN = {
  zelfbeeld: 'Hoe ziet de cliënt zichzelf?',
  mensbeeld: 'Van welk beeld van de cliënt ging ik uit?',
  rol: 'Welke rol nam ik?',
  traject: 'Welke trajectlogica volgde ik?',
};

/** Section 4: chooses the given options (by their visible text); toelichting optional. */
async function vulSlim(page, keuzes) {
  const s = sectie(page, '4. Interventielogica (SLIM)');
  for (const [sleutel, legend] of Object.entries(SLIM_GROEPEN)) {
    if (keuzes[sleutel] === undefined) continue;
    await s.getByRole('group', { name: legend }).getByRole('radio', { name: keuzes[sleutel], exact: true }).check();
  }
  if (keuzes.toelichting !== undefined) await s.getByLabel('Waaraan merk je dat? (toelichting)').fill(keuzes.toelichting);
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
  for (const tekst of eigen) {
    const n = (await voornemenVelden(page).count()) + 1;
    await s.getByRole('button', { name: 'Voornemen toevoegen' }).click();
    await s.getByLabel(`Voornemen ${n}`, { exact: true }).fill(tekst);
  }
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
const vandaagNl = (page) =>
  page.evaluate(() => {
    const d = new Date();
    const twee = (n) => String(n).padStart(2, '0');
    return `${twee(d.getDate())}-${twee(d.getMonth() + 1)}-${d.getFullYear()}`;
  });

// ---------------------------------------------------------------------------------------------

describe('Werkblad in de browser', () => {
  let h;
  let page;

  beforeEach(async () => {
    h = await start();
    page = h.page;
    await openApp(h);
  });

  afterEach(async () => {
    try {
      assertNoErrors(h);
      assertOnlyOwnOrigin(h);
    } finally {
      await h.close();
    }
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
    for (const [i, vraag] of VRAGEN.entries()) {
      await beantwoordThema(page, vraag, themas[i]);
      for (const m of themas[i].momenten) await voegMomentToe(page, vraag, m);
    }
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

    await herlaad(page, 'KM-TIJD');
    assert.equal(await momenten(page, vraag).count(), 0, 'after reload');

    // A valid time clears the message.
    await voegMomentToe(page, vraag, { tijd: '1:02:03', wat: 'Nu wel.' });
    await momenten(page, vraag).filter({ hasText: 'Moment 1 — 62:03' }).waitFor();
    assert.equal(await tijd.getAttribute('aria-invalid'), 'false');
    assert.equal(await tijd.inputValue(), '');
    await waitForSaved(page);
  });

  test('c. twee werkbladen lopen niet door elkaar; het overzicht toont ze nieuwste eerst', async () => {
    const a = { datum: '2026-10-01', label: 'KM-A', soort: 'Intake', doel: 'Doel van gesprek A' };
    const b = { datum: '2026-11-02', label: 'KM-B', soort: 'Huisbezoek', doel: 'Doel van gesprek B' };

    await nieuwWerkblad(page);
    await vulGesprek(page, a);
    await beantwoordThema(page, VRAGEN[0], { antwoord: 'Ja', observaties: 'Alleen in A' });
    await beantwoordThema(page, VRAGEN[3], { antwoord: 'Nee', observaties: 'Ook alleen in A' });
    await waitForSaved(page);
    await naarOverzicht(page);

    await nieuwWerkblad(page);
    await vulGesprek(page, b);
    await beantwoordThema(page, VRAGEN[1], { antwoord: 'Deels', observaties: 'Alleen in B' });
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
