// Issue "Printable handout": the print view as a klantmanager uses it, printed through Chromium's
// own print pipeline to an A4 PDF and read back with pdftotext.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browserPerTest, printToPdf } from './harness.mjs';
import {
  ANTWOORDEN,
  VRAGEN,
  afdrukvoorbeeld,
  blokKoppen,
  genummerd,
  kop,
  kopieerAlsTekst,
  naarAfdrukken,
  nieuwWerkblad,
  papierKeuze,
  staKlembordToe,
  vulWerkblad,
} from './werkblad-ui.mjs';

/** Some questions answered, others left empty; the SLIM choices do not match. */
const DEELS = {
  gesprek: { label: 'KM-PRINT-1', datum: '2026-11-03', soort: 'Voortgangsgesprek', doel: 'Samen de volgende stap kiezen.' },
  themas: {
    0: {
      antwoord: 'Ja',
      observaties: 'Cliënt wordt stil bij het woord sanctie.',
      momenten: [{ tijd: '12:05', wat: 'Lange stilte.', anders: 'Benoemen wat ik zie.' }],
    },
    3: { antwoord: 'Deels', observaties: 'Er is een afspraak over vrijwilligerswerk.' },
    6: { antwoord: 'Nee', observaties: 'Ik noemde het doel pas aan het eind.' },
  },
  feedback: {
    werkrelatie: '7',
    werkrelatieWoorden: 'Je luisterde deze keer echt.',
    doel: '6',
    doelWoorden: 'Ik weet nu wat de volgende stap is.',
  },
  slim: {
    zelfbeeld: '2. Ik wil wel, maar ik kan niet',
    mensbeeld: '2. Ik wil wel, maar ik kan niet',
    rol: '1. Facilitator / verkoper',
    traject: '2. Leren',
  },
  voornemens: ['Meer achterover zitten en luisteren.', 'Het doel aan het begin noemen.'],
};

/** Every question answered at length, with two moments each: the most a worksheet takes on paper. */
const zin = (i, n) => `Observatie ${n} bij vraag ${i + 1}: de cliënt kijkt weg en zegt dat het toch niet lukt, ik ga door met mijn eigen punt.`;
const VOL = {
  gesprek: {
    label: 'KM-PRINT-VOL',
    datum: '2026-11-04',
    soort: 'Intake',
    aanwezig: ['Cliënt', 'Klantmanager'],
    doel: 'Kennismaken en de eerste afspraken maken over werk en inkomen.',
    inbreng: 'Ik wil leren wanneer ik te snel invul voor de cliënt.',
    video: 'Ja, met toestemming',
  },
  themas: VRAGEN.map((_, i) => ({
    antwoord: ANTWOORDEN[i % ANTWOORDEN.length],
    observaties: [1, 2, 3, 4, 5].map((n) => zin(i, n)).join('\n'),
    momenten: [
      { tijd: `${String(i + 2).padStart(2, '0')}:15`, wat: `Eerste moment bij vraag ${i + 1}: de cliënt zucht en leunt achterover.`, anders: 'Vragen wat er door hem heen gaat.' },
      { tijd: `${String(i + 30).padStart(2, '0')}:45`, wat: `Tweede moment bij vraag ${i + 1}: ik praat door de cliënt heen.`, anders: 'Stil zijn en laten uitpraten.' },
    ],
  })),
  feedback: { werkrelatie: '8', werkrelatieWoorden: 'Fijn dat je doorvroeg.', doel: '7', doelWoorden: 'Ik weet wat ik moet doen.' },
  slim: {
    zelfbeeld: '2. Ik wil wel, maar ik kan niet',
    mensbeeld: '2. Ik wil wel, maar ik kan niet',
    rol: '2. Leraar',
    traject: '2. Leren',
    toelichting: 'De cliënt vroeg zelf om uitleg over de regels.',
  },
  voornemens: ['Eén open vraag stellen en dan stil zijn.', 'Samenvatten voor ik verder ga.'],
};

/** Text on one line, whatever the layout did with columns and line breaks. */
const plat = (tekst) => tekst.replace(/\s+/g, ' ');

/** What the PDF says about question `i`: from its heading to the next question or block. */
function bijVraag(tekst, i) {
  const begin = tekst.indexOf(genummerd(i));
  assert.notEqual(begin, -1, `question ${i + 1} is not in the PDF`);
  const rest = tekst.slice(begin + genummerd(i).length);
  const volgende = i + 1 < VRAGEN.length ? rest.indexOf(genummerd(i + 1)) : rest.search(/Interventielogica|Cliëntfeedback/);
  return rest.slice(0, volgende === -1 ? undefined : volgende);
}

/** Button labels and app chrome: none of it may end up on paper. */
const CHROME = [
  'Afdrukken',
  'Kopieer als tekst',
  'Exporteer',
  'Mijn werkbladen',
  'Privacy',
  'Wat komt op papier',
  'Terug naar het werkblad',
  'Direct naar de inhoud',
  'Toegankelijkheid',
];

describe('Afdrukken', () => {
  let h;
  let page;

  browserPerTest((nieuw) => {
    h = nieuw;
    page = h.page;
  });

  /** A new worksheet filled with `wb`, then its print view. Resolves to the ms the view took. */
  async function vulEnDrukAf(wb) {
    await nieuwWerkblad(page);
    await vulWerkblad(page, wb);
    return naarAfdrukken(page);
  }

  test('a. de PDF bevat wat is ingevuld en gekozen, en niets van de app zelf', async () => {
    const ms = await vulEnDrukAf(DEELS);
    console.log(`print view ready ${ms.toFixed(0)} ms after clicking "Afdrukken" (3 of 11 questions answered)`);

    await papierKeuze(page, 'Cliëntfeedback').uncheck();
    await afdrukvoorbeeld(page).getByRole('heading', { name: 'Cliëntfeedback' }).waitFor({ state: 'detached' });
    const { text } = await printToPdf(page);
    const pdf = plat(text);

    assert.ok(pdf.includes('Werkblad: KM-PRINT-1'), 'title with label');
    assert.ok(pdf.includes('Datum: 03-11-2026'), 'date');
    assert.ok(pdf.includes('Soort gesprek: Voortgangsgesprek'));
    assert.ok(pdf.includes(DEELS.gesprek.doel));
    for (const [i] of VRAGEN.entries()) {
      const deel = bijVraag(pdf, i);
      const t = DEELS.themas[i];
      if (t) {
        assert.ok(deel.includes(`Antwoord: ${t.antwoord}`), `answer ${i + 1}: ${deel}`);
        assert.ok(deel.includes(`Observaties: ${t.observaties}`), `observations ${i + 1}: ${deel}`);
        for (const m of t.momenten ?? []) {
          for (const stuk of [m.tijd, m.wat, m.anders]) assert.ok(deel.includes(stuk), `moment at ${i + 1}: ${stuk}`);
        }
        assert.ok(!deel.includes('geen antwoord'), `question ${i + 1} was answered: ${deel}`);
      } else {
        assert.ok(deel.includes('Antwoord: geen antwoord'), `question ${i + 1}: ${deel}`);
        assert.ok(deel.includes('Observaties: geen antwoord'), `question ${i + 1}: ${deel}`);
      }
    }
    assert.match(pdf, /Uitkomst: Niet passend: je rol \(1\) past niet bij het zelfbeeld/);
    assert.ok(pdf.includes('Wat past: de rol van leraar'), 'the fitting role');
    for (const v of DEELS.voornemens) assert.ok(pdf.includes(v), v);

    for (const weg of ['Cliëntfeedback', DEELS.feedback.werkrelatieWoorden, DEELS.feedback.doelWoorden]) {
      assert.ok(!pdf.includes(weg), `switched off, yet on paper: ${weg}`);
    }
    for (const knop of CHROME) assert.ok(!pdf.includes(knop), `app chrome on paper: ${knop}`);
  });

  test('b. de keuze van onderdelen blijft na herladen bewaard', async () => {
    await vulEnDrukAf({ gesprek: { label: 'KM-KEUZE' } });
    await papierKeuze(page, 'Cliëntfeedback').uncheck();
    await page.reload();
    await kop(page).filter({ hasText: /^Afdrukken$/ }).waitFor();
    await afdrukvoorbeeld(page).waitFor();
    assert.equal(await papierKeuze(page, 'Cliëntfeedback').isChecked(), false);
    assert.equal(await papierKeuze(page, 'Interventielogica (SLIM)').isChecked(), true);
    assert.ok(!(await blokKoppen(page)).includes('Cliëntfeedback'));
  });

  test('c. een leeg werkblad drukt af met de elf vragen en zonder "geen antwoord"', async () => {
    await page.getByRole('link', { name: 'Leeg werkblad afdrukken' }).click();
    await kop(page).filter({ hasText: 'Leeg werkblad afdrukken' }).waitFor();
    await afdrukvoorbeeld(page).getByRole('heading', { name: genummerd(10) }).waitFor();
    const pdf = plat((await printToPdf(page)).text);
    for (const [i] of VRAGEN.entries()) assert.ok(pdf.includes(genummerd(i)), genummerd(i));
    assert.ok(!pdf.includes('geen antwoord'));
    for (const knop of CHROME) assert.ok(!pdf.includes(knop), `app chrome on paper: ${knop}`);
  });

  test('d. een vraag en zijn antwoord worden nooit over twee bladzijden verdeeld', async () => {
    const ms = await vulEnDrukAf(VOL);
    console.log(`print view ready ${ms.toFixed(0)} ms after clicking "Afdrukken" (all 11 questions, 2 moments each)`);

    await page.emulateMedia({ media: 'print' });
    for (const [i] of VRAGEN.entries()) {
      const vraag = afdrukvoorbeeld(page).getByRole('heading', { name: genummerd(i), exact: true });
      const breuk = await vraag.locator('..').evaluate((el) => getComputedStyle(el).breakInside);
      assert.equal(breuk, 'avoid', `break-inside around question ${i + 1}`);
    }
    const knoppen = page.getByRole('button', { includeHidden: true });
    assert.ok((await knoppen.count()) > 0, 'the page has buttons at all');
    for (const knop of await knoppen.all()) {
      assert.equal(await knop.isVisible(), false, `button visible in print: ${await knop.textContent()}`);
    }
    await page.emulateMedia({ media: null });

    // And on paper: each question's page holds its answer, observations and moments.
    const { text, pages } = await printToPdf(page);
    console.log(`a fully filled worksheet prints on ${pages} A4 pages`);
    const bladzijden = text.split('\f').map(plat);
    for (const [n, blad] of text.split('\f').entries()) {
      const laatste = blad.trim().split('\n').at(-1) ?? '';
      assert.ok(!VRAGEN.some((v) => laatste.includes(v)), `page ${n + 1} ends with a question: ${laatste}`);
    }
    for (const [i, t] of VOL.themas.entries()) {
      const blad = bladzijden.find((b) => b.includes(genummerd(i)));
      assert.ok(blad, `question ${i + 1} on paper`);
      const deel = bijVraag(blad, i);
      for (const stuk of [`Antwoord: ${t.antwoord}`, t.observaties, ...t.momenten.map((m) => m.anders)]) {
        assert.ok(deel.includes(plat(stuk)), `question ${i + 1} split across pages: ${plat(stuk)}`);
      }
    }
  });

  test('e. "Kopieer als tekst" zet label en vragen op het klembord', async () => {
    await staKlembordToe(h);
    await vulEnDrukAf(DEELS);
    const klembord = await kopieerAlsTekst(page);
    assert.ok(klembord.includes('Werkblad: KM-PRINT-1'), klembord);
    assert.ok(klembord.includes(genummerd(0)), klembord);
    assert.ok(klembord.includes(DEELS.themas[0].observaties), klembord);
  });
});
