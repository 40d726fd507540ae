// The worksheet as a person finds and fills it: by role and label. Shared by the suites. A worksheet is described as plain data (see `vulWerkblad`), so a test can
// fill it through the UI and then look for the same strings on paper, in a file or in storage.
import { captureDownload, overviewShown, waitForSaved } from './harness.mjs';

/** The eleven questions, in the method's words and in the order of the worksheet. */
export const VRAGEN = [
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
/** A question as the print view numbers it. */
export const genummerd = (i) => `${i + 1}. ${VRAGEN[i]}`;
export const ANTWOORDEN = ['Ja', 'Deels', 'Nee', 'Weet niet'];

export const OBSERVATIES = 'Wat zag en hoorde je? (observaties)';
export const TIJD_LABEL = 'Tijd in de opname (minuten:seconden)';
/** Section 3's fields, by the key `vulWerkblad` takes them under. */
export const FEEDBACK_VELDEN = {
  werkrelatie: 'Cijfer voor de werkrelatie',
  werkrelatieWoorden: 'Wat zei de cliënt over de werkrelatie? (eigen woorden)',
  doel: 'Cijfer voor het doel',
  doelWoorden: 'Wat zei de cliënt over het doel? (eigen woorden)',
};
/** Section 4's groups of choices, by the key `vulWerkblad` takes them under. */
export const SLIM_GROEPEN = {
  zelfbeeld: 'Hoe ziet de cliënt zichzelf?',
  mensbeeld: 'Van welk beeld van de cliënt ging ik uit?',
  rol: 'Welke rol nam ik?',
  traject: 'Welke trajectlogica volgde ik?',
};

// ---------------------------------------------------------------------------------------------
// Finding things

export const kop = (page) => page.getByRole('heading', { level: 1 });
export const sectie = (page, naam) => page.getByRole('region', { name: naam });
/** The "Doel van het gesprek" field in section 1. */
export const doelVeld = (page) => sectie(page, '1. Het gesprek').getByLabel('Doel van het gesprek');
export const thema = (page, vraag) => page.getByRole('region', { name: vraag });
/** The "Moment toevoegen" form of one theme. */
export const nieuwMoment = (page, vraag) => thema(page, vraag).getByRole('group', { name: 'Moment toevoegen' });
export const afdrukvoorbeeld = (page) => page.getByRole('article', { name: 'Afdrukvoorbeeld' });
export const papierKeuze = (page, naam) =>
  page.getByRole('group', { name: 'Wat komt op papier?' }).getByRole('checkbox', { name: naam, exact: true });
export const werkbladLijst = (page) => page.getByRole('list', { name: 'Werkbladen, nieuwste eerst' });
export const rij = (page, naam) =>
  werkbladLijst(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: naam, exact: true }) });
/** The summary's own headings, of the blocks that are in it. */
export const blokKoppen = (page) => afdrukvoorbeeld(page).getByRole('heading', { level: 3 }).allTextContents();

/** The id of the worksheet open in the editor, from the URL. */
export const openId = (page) => decodeURIComponent(new URL(page.url()).hash.replace(/^#\/werkblad\//, ''));

/** Today's date in the browser: { iso: 'jjjj-mm-dd', nl: 'dd-mm-jjjj' }. */
export async function vandaag(page) {
  const iso = await page.evaluate(() => {
    const d = new Date();
    const twee = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
  });
  return { iso, nl: iso.split('-').reverse().join('-') };
}

// ---------------------------------------------------------------------------------------------
// Going places

/** Clicks "Nieuw werkblad" on the overview; resolves to the new worksheet's URL. */
export async function nieuwWerkblad(page) {
  await page.getByRole('button', { name: 'Nieuw werkblad' }).click();
  await page.waitForURL(/#\/werkblad\/wb-/);
  await kop(page).filter({ hasText: /^Werkblad: / }).waitFor();
  return page.url();
}

/** Goes through the main menu: "Mijn werkbladen" or "Privacy". */
export async function viaMenu(page, naam) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam, exact: true }).click();
  if (naam === 'Mijn werkbladen') await overviewShown(page);
  else await kop(page).filter({ hasText: naam }).waitFor();
}

/** Goes to the overview through the main menu. */
export const naarOverzicht = (page) => viaMenu(page, 'Mijn werkbladen');

/** Opens a worksheet from the overview by its name. */
export async function openVanuitOverzicht(page, naam) {
  await rij(page, naam).getByRole('link', { name: naam, exact: true }).click();
  await kop(page).filter({ hasText: `Werkblad: ${naam}` }).waitFor();
}

/**
 * Clicks "Afdrukken" in the editor and waits until the print view is ready: its heading and the
 * summary's last block. Resolves to the milliseconds this took, as seen from the test.
 */
export async function naarAfdrukken(page) {
  const begin = performance.now();
  await page.getByRole('link', { name: 'Afdrukken', exact: true }).click();
  await kop(page).filter({ hasText: /^Afdrukken$/ }).waitFor();
  await afdrukvoorbeeld(page).getByRole('heading', { name: 'Voornemens voor het volgende gesprek' }).waitFor();
  return performance.now() - begin;
}

/** Creates a worksheet through the UI and goes back to the overview. */
export async function maakWerkblad(page, wb) {
  await nieuwWerkblad(page);
  await vulWerkblad(page, wb);
  await viaMenu(page, 'Mijn werkbladen');
}

/**
 * From the overview: a new worksheet with this label (and `extra` filled in, see `vulWerkblad`),
 * saved and left open. Resolves to its id.
 */
export async function maakMetLabel(page, label, extra = {}) {
  await nieuwWerkblad(page);
  await vulWerkblad(page, { ...extra, gesprek: { ...extra.gesprek, label } });
  return openId(page);
}

// ---------------------------------------------------------------------------------------------
// What leaves the app on request: files and the clipboard

/** "Exporteer alles" on the overview; resolves to the downloaded { name, text }. */
export const exporteerAlles = (page) =>
  captureDownload(page, () => page.getByRole('button', { name: 'Exporteer alles' }).click());

/** "Exporteer dit werkblad" on the print view; resolves to the downloaded { name, text }. */
export const exporteerDitWerkblad = (page) =>
  captureDownload(page, () => page.getByRole('button', { name: 'Exporteer dit werkblad' }).click());

/**
 * "Kopieer als tekst" on the print view; resolves to what is on the clipboard then. Needs the
 * clipboard permissions (see `staKlembordToe`).
 */
export async function kopieerAlsTekst(page) {
  await page.getByRole('button', { name: 'Kopieer als tekst' }).click();
  await page.getByRole('status').filter({ hasText: 'De samenvatting staat op het klembord' }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Lets the app (and the test) use the clipboard. */
export const staKlembordToe = (h) =>
  h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(h.url).origin });

// ---------------------------------------------------------------------------------------------
// Filling in

/**
 * Fills a worksheet in the open editor and waits until it is saved. Every key is optional:
 * {
 *   gesprek: { datum, label, soort, soortAnders, aanwezig: [rol], anderen, doel, inbreng, video },
 *   themas: { [index]: { antwoord, observaties, momenten: [{ tijd, wat, anders }] } }  (or an array),
 *   feedback: { werkrelatie, werkrelatieWoorden, doel, doelWoorden },
 *   slim: { zelfbeeld, mensbeeld, rol, traject, toelichting },   (option texts, e.g. '2. Leraar')
 *   voornemens: [tekst],
 *   terugblik: [{ geprobeerd, gebeurd }],   (only in a follow-up worksheet)
 * }
 */
export async function vulWerkblad(page, wb) {
  if (wb.gesprek) await vulGesprek(page, wb.gesprek);
  for (const [i, t] of Object.entries(wb.themas ?? {})) {
    if (t) await vulThema(page, VRAGEN[Number(i)], t);
  }
  if (wb.feedback) await vulFeedback(page, wb.feedback);
  if (wb.slim) await vulSlim(page, wb.slim);
  for (const tekst of wb.voornemens ?? []) await voegVoornemenToe(page, tekst);
  if (wb.terugblik) await vulTerugblik(page, wb.terugblik);
  await waitForSaved(page);
}

/** Section 1. Every key is optional (see `vulWerkblad`). */
export async function vulGesprek(page, g) {
  const s = sectie(page, '1. Het gesprek');
  if (g.datum !== undefined) await s.getByLabel('Datum van het gesprek').fill(g.datum);
  if (g.label !== undefined) await s.getByLabel('Label (code of initialen)').fill(g.label);
  if (g.soort !== undefined) await s.getByLabel('Soort gesprek').selectOption({ label: g.soort });
  if (g.soortAnders !== undefined) await s.getByLabel('Welk soort gesprek?').fill(g.soortAnders);
  for (const rol of g.aanwezig ?? []) await s.getByRole('checkbox', { name: rol, exact: true }).check();
  if (g.anderen !== undefined) await s.getByLabel('Anderen die erbij waren (rol)').fill(g.anderen);
  if (g.doel !== undefined) await s.getByLabel('Doel van het gesprek').fill(g.doel);
  if (g.inbreng !== undefined) await s.getByLabel('Waarom breng je dit gesprek in?').fill(g.inbreng);
  if (g.video !== undefined) {
    await s.getByRole('group', { name: /^Is het gesprek opgenomen/ }).getByRole('radio', { name: g.video, exact: true }).check();
  }
}

/** One theme: the answer, the observations, then each moment through "Moment toevoegen". */
export async function vulThema(page, vraag, { antwoord, observaties, momenten = [] }) {
  const t = thema(page, vraag);
  if (antwoord !== undefined) await t.getByRole('radio', { name: antwoord, exact: true }).check();
  if (observaties !== undefined) await t.getByLabel(OBSERVATIES).fill(observaties);
  for (const m of momenten) await voegMomentToe(page, vraag, m);
}

/** Fills the "Moment toevoegen" form of one theme and presses its button. */
export async function voegMomentToe(page, vraag, { tijd = '', wat = '', anders = '' }) {
  const form = nieuwMoment(page, vraag);
  await form.getByLabel(TIJD_LABEL).fill(tijd);
  await form.getByLabel('Wat gebeurde er?').fill(wat);
  await form.getByLabel('Wat had ik anders kunnen doen?').fill(anders);
  await form.getByRole('button', { name: 'Moment toevoegen' }).click();
}

/** Section 3: the scores and the client's own words; every key optional. */
export async function vulFeedback(page, f) {
  const s = sectie(page, '3. Cliëntfeedback');
  for (const [sleutel, label] of Object.entries(FEEDBACK_VELDEN)) {
    if (f[sleutel] !== undefined) await s.getByLabel(label, { exact: true }).fill(f[sleutel]);
  }
}

/** Section 4: chooses the given options (by their visible text); every key optional. */
export async function vulSlim(page, keuzes) {
  const s = sectie(page, '4. Interventielogica (SLIM)');
  for (const [sleutel, legend] of Object.entries(SLIM_GROEPEN)) {
    if (keuzes[sleutel] === undefined) continue;
    await s.getByRole('group', { name: legend }).getByRole('radio', { name: keuzes[sleutel], exact: true }).check();
  }
  if (keuzes.toelichting !== undefined) await s.getByLabel('Waaraan merk je dat? (toelichting)').fill(keuzes.toelichting);
}

/** Section 5: "Voornemen toevoegen", then types `tekst` into the new field. */
export async function voegVoornemenToe(page, tekst) {
  const s = sectie(page, '5. Voornemens');
  const n = (await s.getByLabel(/^Voornemen \d+$/).count()) + 1;
  await s.getByRole('button', { name: 'Voornemen toevoegen' }).click();
  await s.getByLabel(`Voornemen ${n}`, { exact: true }).fill(tekst);
}

async function vulTerugblik(page, lijst) {
  const s = sectie(page, '5. Voornemens');
  for (const [i, { geprobeerd, gebeurd }] of lijst.entries()) {
    if (geprobeerd !== undefined) {
      await s.getByRole('group', { name: `Heb je voornemen ${i + 1} geprobeerd?` }).getByRole('radio', { name: geprobeerd, exact: true }).check();
    }
    if (gebeurd !== undefined) await s.getByLabel('Wat gebeurde er?').nth(i).fill(gebeurd);
  }
}

/** Clicks "Nieuw vervolggesprek" in the editor; resolves to the new worksheet's URL. */
export async function nieuwVervolg(page) {
  const oud = page.url();
  await page.getByRole('button', { name: 'Nieuw vervolggesprek' }).click();
  await page.waitForURL((u) => u.href !== oud && /#\/werkblad\/wb-/.test(u.href));
  await sectie(page, '5. Voornemens').getByRole('heading', { name: 'Terugblik op je vorige voornemens' }).waitFor();
  return page.url();
}

/**
 * A worksheet with `maak(veld)` in every free-text field (the label too), all questions answered,
 * a moment at each, and every choice made. `maak` gets a short field name, so each field can
 * get its own text.
 */
export function overalTekst(maak) {
  return {
    gesprek: {
      datum: '2026-11-03',
      label: maak('label'),
      soort: 'Anders',
      soortAnders: maak('soort'),
      aanwezig: ['Cliënt', 'Klantmanager', 'Tolk'],
      anderen: maak('anderen'),
      doel: maak('doel'),
      inbreng: maak('inbreng'),
      video: 'Nee',
    },
    themas: VRAGEN.map((_, i) => ({
      antwoord: ANTWOORDEN[i % ANTWOORDEN.length],
      observaties: maak(`observaties-${i + 1}`),
      momenten: [{ tijd: `${String(i + 1).padStart(2, '0')}:30`, wat: maak(`moment-${i + 1}-wat`), anders: maak(`moment-${i + 1}-anders`) }],
    })),
    feedback: { werkrelatie: '7', werkrelatieWoorden: maak('werkrelatie'), doel: '5', doelWoorden: maak('doelwoorden') },
    slim: {
      zelfbeeld: '2. Ik wil wel, maar ik kan niet',
      mensbeeld: '3. Ik heb het opgegeven, los jij het op?',
      rol: '2. Leraar',
      traject: '2. Leren',
      toelichting: maak('toelichting'),
    },
    voornemens: [maak('voornemen-1'), maak('voornemen-2')],
  };
}

/** Every user text in a worksheet description, to look for it elsewhere. */
export function teksten(wb) {
  const g = wb.gesprek ?? {};
  const uit = [g.label, g.soortAnders, g.anderen, g.doel, g.inbreng];
  for (const t of Object.values(wb.themas ?? {})) {
    uit.push(t?.observaties, ...(t?.momenten ?? []).flatMap((m) => [m.wat, m.anders]));
  }
  uit.push(wb.feedback?.werkrelatieWoorden, wb.feedback?.doelWoorden, wb.slim?.toelichting);
  uit.push(...(wb.voornemens ?? []), ...(wb.terugblik ?? []).map((t) => t.gebeurd));
  return uit.filter(Boolean);
}

/** A worksheet's content: without what changes on every save (`revisie`, `gewijzigd`). */
export function inhoud(wb) {
  const { revisie, gewijzigd, ...rest } = wb;
  return rest;
}

/** The stored worksheets' content, by id. */
export async function opgeslagenWerkbladen(page) {
  const alles = await page.evaluate(() => Object.entries(localStorage));
  return Object.fromEntries(
    alles.filter(([k]) => k.startsWith('werkblad.wb.')).map(([, v]) => [JSON.parse(v).id, inhoud(JSON.parse(v))]),
  );
}
