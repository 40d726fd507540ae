// De leerlijn: the trajectory view, "Mijn ontwikkeling", finding a worksheet back, and the tips
// per theme. Three conversations of one label with known scores are put in localStorage as a
// previous session would have left them (the app repairs the index from the worksheets at
// start-up), then everything is done as a person would: by role, label and text.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, test } from 'node:test';
import { browserPerTest, overviewShown, printToPdf } from './harness.mjs';
import { kop, thema, viaMenu, VRAGEN } from './werkblad-ui.mjs';

const require = createRequire(import.meta.url);
const AXE_BRON = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Screenshots for a person to look at; outside the repository on purpose. */
const SCHERMAFBEELDINGEN = process.env.WERKBLAD_SHOTS ?? '/tmp/werkblad-shots';

const AGENDA_TIP = 'Begin met een gezamenlijke agenda en vraag naar de punten van de cliënt';

/** A stored worksheet (schema 3) with only what a test needs; the rest takes its defaults. */
function werkblad(id, { label, datum, soort = 'voortgang', werkrelatie = null, doel = null, agenda = null, observatie = '', voornemens = [], terugblik = [] }) {
  return {
    schema_version: 3,
    id,
    gewijzigd: 1_760_000_000_000,
    revisie: 1,
    gesprek: { datum, label, soort },
    themas: {
      'thema.doel.agenda': { antwoord: agenda, observaties: '', momenten: [] },
      'thema.emotie': { antwoord: null, observaties: observatie, momenten: [] },
    },
    feedback: { werkrelatie, werkrelatie_woorden: '', doel, doel_woorden: '' },
    voornemens: voornemens.map((tekst, i) => ({ id: `i${i + 1}`, tekst })),
    terugblik,
    volgend_nummer: voornemens.length + 1,
  };
}

/** Three conversations of KM-17 (labels differ in case and spacing), and one other. */
const DRIE = [
  werkblad('wb-t1', {
    label: 'KM-17', datum: '2026-01-10', soort: 'intake', werkrelatie: 5, doel: 4, agenda: 'nee',
    voornemens: ['Eén open vraag tegelijk'],
  }),
  werkblad('wb-t2', {
    label: 'km-17 ', datum: '2026-02-10', werkrelatie: 7, agenda: 'deels',
    voornemens: [AGENDA_TIP, 'Vraag naar beleving'],
    terugblik: [{ voornemen: 'Eén open vraag tegelijk', geprobeerd: 'deels', wat_gebeurde: 'Lukte de eerste helft.' }],
  }),
  werkblad('wb-t3', {
    label: 'Km-17', datum: '2026-03-10', werkrelatie: 8, doel: 6, agenda: 'ja',
    terugblik: [
      { voornemen: AGENDA_TIP, geprobeerd: 'ja', wat_gebeurde: 'Zij bracht zelf twee punten in.' },
      { voornemen: 'Vraag naar beleving', geprobeerd: null, wat_gebeurde: '' },
    ],
  }),
  werkblad('wb-z1', {
    label: 'ZZ-1', datum: '2025-12-01', soort: 'huisbezoek', werkrelatie: 9,
    observatie: 'De cliënt liet de brief van de (bijzondere) bijstand zien *zucht*.',
  }),
];

async function zaai(page, url, werkbladen) {
  await page.goto(url);
  await overviewShown(page);
  await page.evaluate((wbs) => {
    for (const wb of wbs) localStorage.setItem(`werkblad.wb.${wb.id}`, JSON.stringify(wb));
    localStorage.removeItem('werkblad.index');
  }, werkbladen);
  await page.reload();
  await overviewShown(page);
}

/** axe-core's WCAG 2.1 A/AA violations on the page, as readable lines. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(`${AXE_BRON}\n;0`);
  const uitslag = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG);
  return uitslag.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function schermafbeeldingen(page, naam) {
  await mkdir(SCHERMAFBEELDINGEN, { recursive: true });
  for (const breedte of [390, 1366]) {
    await page.setViewportSize({ width: breedte, height: 900 });
    // The page itself never scrolls sideways; wide parts scroll inside their own region.
    const breed = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(breed <= 0, `${naam} at ${breedte}px is ${breed}px too wide`);
    await page.screenshot({ path: path.join(SCHERMAFBEELDINGEN, `leerlijn-${naam}-${breedte}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The overview grouped per trajectory, then "Bekijk het traject" of KM-17. */
async function openTraject(page) {
  await page.getByRole('checkbox', { name: /Groeperen per traject/ }).check();
  const groep = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Traject Km-17 (3 gesprekken)' }) });
  await groep.getByRole('link', { name: 'Bekijk het traject' }).click();
  await kop(page).filter({ hasText: 'Traject Km-17' }).waitFor();
}

describe('de leerlijn', () => {
  let h;
  browserPerTest((x) => {
    h = x;
  });

  test('het traject: grafiek, tabel, thema\u2019s per gesprek en voornemens met hun uitkomst', async () => {
    const { page } = h;
    await zaai(page, h.url, DRIE);
    await openTraject(page);
    await page.getByText('3 gesprekken, van 10-01-2026 tot 10-03-2026.').waitFor();

    // The chart: an image with a text alternative holding every score.
    const grafiek = page.getByRole('img', { name: /Cliëntscores per gesprek/ });
    const naam = await grafiek.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent());
    assert.equal(
      naam,
      'Cliëntscores per gesprek, van 0 tot 10. Werkrelatie: gesprek 1: 5, gesprek 2: 7, gesprek 3: 8. ' +
        'Doel: gesprek 1: 4, gesprek 2: geen score, gesprek 3: 6.',
    );
    // Three points at the right heights: 0 on the bottom grid line, 10 on the top one.
    const meet = await grafiek.evaluate((svg) => {
      const y = (t) => Number([...svg.querySelectorAll('line.raster')][t].getAttribute('y1'));
      return {
        nul: y(0),
        tien: y(5),
        werkrelatie: [...svg.querySelectorAll('.reeks-0 circle')].map((c) => Number(c.getAttribute('cy'))),
        doel: [...svg.querySelectorAll('.reeks-1 rect')].map((r) => Number(r.getAttribute('y')) + 5),
        doelPad: svg.querySelector('.reeks-1 path').getAttribute('d'),
      };
    });
    const hoogte = (v) => meet.nul - ((meet.nul - meet.tien) * v) / 10;
    assert.equal(meet.werkrelatie.length, 3);
    [5, 7, 8].forEach((v, i) => assert.ok(Math.abs(meet.werkrelatie[i] - hoogte(v)) <= 1, `werkrelatie ${v}: ${meet.werkrelatie[i]}`));
    // The missing "doel" score is a gap: two points, no line between them, nothing at zero.
    assert.equal(meet.doel.length, 2);
    [4, 6].forEach((v, i) => assert.ok(Math.abs(meet.doel[i] - hoogte(v)) <= 1, `doel ${v}: ${meet.doel[i]}`));
    assert.equal(meet.doelPad, '');

    // The same numbers in a table.
    const tabel = page.getByRole('table', { name: 'Cliëntscores per gesprek' });
    assert.deepEqual(
      await tabel.getByRole('row').allInnerTexts().then((r) => r.map((x) => x.replace(/\s+/g, ' ').trim())),
      ['Gesprek Datum Werkrelatie Doel', 'Gesprek 1 10-01-2026 5 4', 'Gesprek 2 10-02-2026 7 geen score', 'Gesprek 3 10-03-2026 8 6'],
    );

    // The grid: one column per conversation, answers as symbol and word.
    const raster = page.getByRole('region', { name: "Thema's per gesprek (tabel)" });
    const koppen = raster.getByRole('columnheader');
    assert.equal(await koppen.count(), 4, 'Vraag + three conversations');
    const agenda = raster.getByRole('row', { name: new RegExp(`^8\\. ${VRAGEN[7].replace('?', '\\?')}`) });
    assert.deepEqual(
      (await agenda.getByRole('cell').allInnerTexts()).map((t) => t.trim()),
      ['○ Nee', '◐ Deels', '● Ja'],
    );

    // The second conversation's intentions, as looked back on in the third.
    const blok = page.locator('.voornemen-blok').filter({
      has: page.getByRole('heading', { name: 'Uit gesprek 2 (10-02-2026), teruggekeken in gesprek 3 (10-03-2026)' }),
    });
    const items = (await blok.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepEqual(items, [
      `${AGENDA_TIP} Geprobeerd: ja. Wat er gebeurde: Zij bracht zelf twee punten in.`,
      'Vraag naar beleving Geprobeerd: niet ingevuld.',
    ]);
    await page.getByText('Uit gesprek 3 (10-03-2026)').count().then((n) => assert.equal(n, 0, 'no intentions in 3'));

    assert.deepEqual(await axe(page), []);
    await schermafbeeldingen(page, 'traject');

    // On paper: A4 landscape, the scores, the grid and the intentions, no buttons or menus.
    await mkdir(SCHERMAFBEELDINGEN, { recursive: true });
    const papier = await printToPdf(page, { png: path.join(SCHERMAFBEELDINGEN, 'leerlijn-traject-pdf') });
    assert.ok(papier.landscape, 'the trajectory prints in landscape');
    const tekst = papier.text.replace(/\s+/g, ' ');
    for (const stuk of ['Traject Km-17', 'Gesprek 2 10-02-2026 7 geen score', '○ Nee ◐ Deels ● Ja', 'Zij bracht zelf twee punten in.']) {
      assert.ok(tekst.includes(stuk), `on paper: ${stuk}`);
    }
    for (const knop of ['Mijn ontwikkeling', 'Afdrukken']) assert.ok(!tekst.includes(knop), `not on paper: ${knop}`);
  });

  test('een traject van één gesprek, zonder datum achteraan, en van honderd gesprekken', async () => {
    const { page } = h;
    const honderd = Array.from({ length: 100 }, (_, i) =>
      werkblad(`wb-l${String(i).padStart(3, '0')}`, {
        label: 'Lang',
        datum: i === 99 ? '' : `20${String(Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        werkrelatie: i % 11,
        agenda: ['ja', 'nee', null][i % 3],
      }),
    );
    await zaai(page, h.url, [...honderd, werkblad('wb-een', { label: 'Alleen', datum: '2026-05-01', werkrelatie: 6 })]);
    await page.goto(`${h.url}#/traject/wb-een`);
    await kop(page).filter({ hasText: 'Traject Alleen' }).waitFor();
    await page.getByText(/Dit traject heeft nog één gesprek/).waitFor();
    assert.equal(await page.getByRole('img').count(), 0, 'one conversation: a sentence, no chart');

    await page.goto(`${h.url}#/traject/wb-l005`);
    await kop(page).filter({ hasText: 'Traject Lang' }).waitFor();
    await page.getByText('1 gesprek heeft geen datum en staat achteraan.').waitFor();
    const grafiek = page.getByRole('img', { name: /Cliëntscores per gesprek/ });
    assert.equal(await grafiek.locator('circle').count(), 100);
    const labels = await grafiek.locator('text.as-tekst').count();
    assert.ok(labels - 6 < 30, `x labels thinned: ${labels - 6}`);
    const raster = page.getByRole('region', { name: "Thema's per gesprek (tabel)" });
    assert.equal(await raster.getByRole('columnheader').count(), 101);
    assert.equal(await raster.getByRole('columnheader').last().innerText().then((t) => t.replace(/\s+/g, ' ')), 'Gesprek 100 zonder datum');
    const scrollt = await raster.evaluate((el) => el.scrollWidth > el.clientWidth);
    assert.ok(scrollt, 'the grid scrolls sideways inside its region');
    await schermafbeeldingen(page, 'traject-100');
  });

  test('Mijn ontwikkeling telt mijn antwoorden, voornemens en scores per maand, zonder labels', async () => {
    const { page } = h;
    await zaai(page, h.url, DRIE);
    await viaMenu(page, 'Mijn ontwikkeling');
    await page.getByRole('status').filter({ hasText: 'Over 4 werkbladen.' }).waitFor();
    const themas = page.getByRole('table', { name: 'Antwoorden per thema' });
    const rij = async (naam) =>
      (await themas.getByRole('row', { name: new RegExp(`^${naam.replace(/[?()]/g, '\\$&')}`) }).getByRole('cell').allInnerTexts()).map(Number);
    // Ja, Deels, Nee, Weet niet, Niet ingevuld, Met momenten.
    assert.deepEqual(await rij(`8. ${VRAGEN[7]}`), [1, 1, 1, 0, 1, 0]);
    assert.deepEqual(await rij(`1. ${VRAGEN[0]}`), [0, 0, 0, 0, 4, 0]);
    await page.getByText(/Je schreef 3 voornemen\(s\)\. In een volgend gesprek keek je 3 keer terug op een voornemen: 1 keer geprobeerd, 1 keer deels, 0 keer niet, 0 keer wist je het niet en 1 keer vulde je het niet in\./).waitFor();
    const maanden = page.getByRole('table', { name: 'Gemiddelde cliëntscores per maand' });
    assert.deepEqual(
      (await maanden.getByRole('row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()),
      ['Maand Werkrelatie Doel Gesprekken', 'dec 2025 9 geen cijfer 1', 'jan 2026 5 4 1', 'feb 2026 7 geen cijfer 1', 'mrt 2026 8 6 1'],
    );
    const grafiek = page.getByRole('img', { name: /Gemiddelde cliëntscores per maand/ });
    assert.equal(await grafiek.locator('circle').count(), 4);
    // About me, not about clients: no label anywhere.
    const tekst = await page.locator('main').innerText();
    assert.ok(!/KM-17|ZZ-1/i.test(tekst), 'a label on Mijn ontwikkeling');

    // A period: only what falls in it counts.
    await page.getByLabel('Van', { exact: true }).fill('2026-02-01');
    await page.getByRole('status').filter({ hasText: 'Over 2 werkbladen in deze periode.' }).waitFor();
    assert.deepEqual(await rij(`8. ${VRAGEN[7]}`), [1, 1, 0, 0, 0, 0]);
    await page.getByRole('button', { name: 'Hele periode' }).click();
    await page.getByRole('status').filter({ hasText: 'Over 4 werkbladen.' }).waitFor();

    assert.deepEqual(await axe(page), []);
    await schermafbeeldingen(page, 'ontwikkeling');
  });

  test('zoeken vindt een werkblad terug op een woord uit een observatie, ook zonder accenten', async () => {
    const { page } = h;
    await zaai(page, h.url, DRIE);
    const zoek = page.getByRole('searchbox', { name: 'Zoeken in je werkbladen' });
    const lijst = page.getByRole('list', { name: 'Werkbladen, nieuwste eerst' });
    const namen = () => lijst.getByRole('heading', { level: 2 }).allInnerTexts();
    await zoek.fill('client bijstand');
    await page.getByRole('status').filter({ hasText: '1 van 4 werkbladen gevonden.' }).waitFor();
    assert.deepEqual(await namen(), ['ZZ-1']);
    // Characters with a meaning elsewhere are plain text here.
    for (const [vraag, gevonden] of [['(bijzondere)', 1], ['*zucht*', 1], ['\\', 0], ['[', 0]]) {
      await zoek.fill(vraag);
      await page.getByRole('status').filter({ hasText: gevonden ? '1 van 4 werkbladen gevonden.' : 'Geen werkbladen gevonden.' }).waitFor();
    }
    // Words from the label and an intention; then the kind of conversation and the dates.
    await zoek.fill('km-17');
    await page.getByRole('status').filter({ hasText: '3 van 4 werkbladen gevonden.' }).waitFor();
    await zoek.fill('');
    await page.getByText('Filteren op soort en datum').click();
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Intake' });
    await page.getByText('Filteren op soort en datum (filter staat aan)').waitFor();
    await page.getByRole('status').filter({ hasText: '1 van 4 werkbladen gevonden.' }).waitFor();
    assert.deepEqual(await namen(), ['KM-17']);
    await page.getByLabel('Soort gesprek').selectOption({ label: 'Alle soorten' });
    await page.getByLabel('Gesprek vanaf').fill('2026-02-01');
    await page.getByRole('status').filter({ hasText: '2 van 4 werkbladen gevonden.' }).waitFor();
    await page.getByRole('button', { name: 'Zoeken en filters wissen' }).click();
    await lijst.getByRole('heading', { level: 2 }).nth(3).waitFor();
    assert.equal((await namen()).length, 4);

    // A worksheet changed in the editor is found on its new words.
    await lijst.getByRole('link', { name: 'Km-17', exact: true }).click();
    await kop(page).filter({ hasText: 'Werkblad: Km-17' }).waitFor();
    await thema(page, `1. ${VRAGEN[0]}`).getByLabel('Wat zag en hoorde je? (observaties)').fill('Ze lachte om de koffieautomaat.');
    await page.getByRole('status').filter({ hasText: '✓ Opgeslagen' }).waitFor();
    await viaMenu(page, 'Mijn werkbladen');
    await zoek.fill('koffieautomaat');
    await page.getByRole('status').filter({ hasText: '1 van 4 werkbladen gevonden.' }).waitFor();
    assert.deepEqual(await namen(), ['Km-17']);

    await page.getByRole('checkbox', { name: /Groeperen per traject/ }).check();
    await zoek.fill('');
    await page.getByRole('heading', { level: 2, name: 'Traject Km-17 (3 gesprekken)' }).waitFor();
    assert.deepEqual(await axe(page), []);
    await schermafbeeldingen(page, 'overzicht-per-traject');
  });

  test('een lange lijst: eerst de nieuwste 25, dan meer op verzoek; zoeken vindt ook de oudere', async () => {
    const { page } = h;
    // 60 conversations, one a day from 1 January 2026: KM-60 is the newest.
    const dag = (i) => new Date(Date.UTC(2026, 0, i)).toISOString().slice(0, 10);
    const veel = Array.from({ length: 60 }, (_, i) => werkblad(`wb-l${i + 1}`, { label: `KM-${i + 1}`, datum: dag(i + 1) }));
    await zaai(page, h.url, veel);
    const lijst = page.getByRole('list', { name: 'Werkbladen, nieuwste eerst' });
    const namen = () => lijst.getByRole('heading', { level: 2 }).allInnerTexts();
    await page.getByText('Je ziet de nieuwste 25 van 60 werkbladen.').waitFor();
    let getoond = await namen();
    assert.equal(getoond.length, 25);
    assert.deepEqual([getoond[0], getoond[24]], ['KM-60', 'KM-36']);

    // The keyboard goes on at the first row that appeared.
    await page.getByRole('button', { name: 'Toon 25 oudere werkbladen' }).click();
    await page.getByText('Je ziet de nieuwste 50 van 60 werkbladen.').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'KM-35');
    assert.deepEqual(await axe(page), []);
    // The last step: the button goes, focus is on the first row it added.
    await page.getByRole('button', { name: 'Toon 10 oudere werkbladen' }).click();
    await lijst.getByRole('heading', { level: 2, name: 'KM-1', exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'KM-10');
    assert.equal((await namen()).length, 60);
    assert.equal(await page.getByRole('button', { name: /oudere werkbladen/ }).count(), 0);

    // After a reload the first 25 again; the oldest is found by searching.
    await page.reload();
    await page.getByText('Je ziet de nieuwste 25 van 60 werkbladen.').waitFor();
    await schermafbeeldingen(page, 'overzicht-lang');
    await page.getByRole('searchbox', { name: 'Zoeken in je werkbladen' }).fill('km-3');
    await page.getByRole('status').filter({ hasText: '11 van 60 werkbladen gevonden.' }).waitFor();
    getoond = await namen();
    assert.deepEqual(getoond.slice(-2), ['KM-30', 'KM-3']);
    assert.equal(await page.getByRole('button', { name: /oudere werkbladen/ }).count(), 0);
    assert.deepEqual(await axe(page), []);
  });

  test('een lange lijst per traject: hele trajecten in stappen', async () => {
    const { page } = h;
    // 40 trajectories of two conversations (KM-40 the newest), then 10 without a label.
    const dag = (i) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const veel = Array.from({ length: 80 }, (_, i) =>
      werkblad(`wb-t${i + 1}`, { label: `KM-${Math.floor(i / 2) + 1}`, datum: dag(i) }));
    for (let i = 0; i < 10; i++) veel.push(werkblad(`wb-z${i + 1}`, { label: '', datum: dag(100 + i) }));
    await zaai(page, h.url, veel);
    await page.getByRole('checkbox', { name: /Groeperen per traject/ }).check();
    const lijst = page.getByRole('list', { name: 'Werkbladen per traject' });
    const groepen = () => lijst.locator('h2.groep-kop').allInnerTexts();
    // Whole trajectories until at least 25 conversations: 13 of 2.
    await page.getByText('Je ziet 26 van 90 werkbladen.').waitFor();
    let koppen = await groepen();
    assert.equal(koppen.length, 13);
    assert.deepEqual([koppen[0], koppen[12]], ['Traject KM-40 (2 gesprekken)', 'Traject KM-28 (2 gesprekken)']);

    // The keyboard goes on at the first conversation of the first trajectory that appeared.
    await page.getByRole('button', { name: 'Toon meer trajecten' }).click();
    await page.getByText('Je ziet 50 van 90 werkbladen.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'open-wb-t53');
    assert.equal((await groepen()).length, 25);
    assert.deepEqual(await axe(page), []);
    await page.getByRole('button', { name: 'Toon meer trajecten' }).click();
    await page.getByRole('button', { name: 'Toon meer trajecten' }).click();
    // The group without a label comes last, whole, and the button goes.
    await lijst.getByRole('heading', { level: 2, name: 'Zonder label (10 gesprekken)' }).waitFor();
    assert.equal((await groepen()).length, 41);
    assert.equal(await page.getByRole('button', { name: 'Toon meer trajecten' }).count(), 0);
    await schermafbeeldingen(page, 'overzicht-per-traject-lang');

    // A copy starts a trajectory of its own, listed after the one it came from; that one stays
    // as it is, and so does the keyboard focus on its button.
    const traject = lijst.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Traject KM-39 (2 gesprekken)' }) });
    await traject.getByRole('button', { name: 'Kopie maken' }).first().focus();
    await page.keyboard.press('Enter');
    await lijst.getByRole('heading', { level: 2, name: 'Traject KM-39 (kopie) (1 gesprek)' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Kopie maken');
    assert.deepEqual(await groepen().then((k) => k.slice(1, 3)), ['Traject KM-39 (2 gesprekken)', 'Traject KM-39 (kopie) (1 gesprek)']);
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.traject-groep')?.querySelector('h2')?.textContent),
      'Traject KM-39 (2 gesprekken)');
  });

  test('de tips bij een thema, en met één klik een voornemen', async () => {
    const { page } = h;
    await zaai(page, h.url, DRIE);
    await page.getByRole('link', { name: 'ZZ-1', exact: true }).click();
    await kop(page).filter({ hasText: 'Werkblad: ZZ-1' }).waitFor();
    const vraag = thema(page, `8. ${VRAGEN[7]}`);
    await vraag.getByText('Waarom belangrijk?').click();
    await vraag.getByText(AGENDA_TIP).waitFor();
    await vraag.getByRole('button', { name: `Neem over als voornemen: ${AGENDA_TIP}` }).click();
    await vraag.getByText('✓ Staat bij je voornemens').waitFor();
    await page.getByRole('status').filter({ hasText: '✓ Opgeslagen' }).waitFor();
    const opgeslagen = await page.evaluate(() => JSON.parse(localStorage.getItem('werkblad.wb.wb-z1')).voornemens.map((v) => v.tekst));
    assert.deepEqual(opgeslagen, [AGENDA_TIP]);
  });
});
