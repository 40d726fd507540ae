// Two tabs on one worksheet with the passphrase lock on: the storage event then carries
// ciphertext, so each tab must read the new value through its own (decrypting) store. The
// overview and an idle editor follow the other tab; typing in both shows the choice and loses
// nothing. Everything is checked through the app itself: the stored values are unreadable.
import assert from 'node:assert/strict';
import { assertNoErrors, assertOnlyOwnOrigin, browserTest, openApp, waitForSaved } from './harness.mjs';
import {
  OBSERVATIES,
  VRAGEN,
  doelVeld,
  kop,
  maakMetLabel,
  openVanuitOverzicht,
  rij,
  sectie,
  thema,
  viaMenu,
} from './werkblad-ui.mjs';

const WACHTWOORD = 'lange zin als wachtwoord';
const CONFLICT = 'Dit werkblad is intussen in een ander tabblad gewijzigd. Welke versie wil je houden?';


const labelVeld = (page) => sectie(page, '1. Het gesprek').getByLabel('Label (code of initialen)');
const observaties = (page) => thema(page, VRAGEN[0]).getByLabel(OBSERVATIES);

async function wachtOpWaarde(veld, tekst) {
  const el = await veld.elementHandle();
  await veld.page().waitForFunction(([el, t]) => el.value === t, [el, tekst], { timeout: 2000 });
}

/** Opens the app in a new tab and unlocks it there (every tab keeps its own key in memory). */
async function nieuwTabblad(h) {
  const page = await h.newPage();
  await page.goto(h.url);
  await kop(page).filter({ hasText: 'Werkblad is vergrendeld' }).waitFor();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await kop(page).filter({ hasText: 'Mijn werkbladen' }).waitFor();
  return page;
}

browserTest('met het slot aan volgen twee tabbladen elkaar, en gelijktijdig typen verliest niets', async ({ h, t }) => {
  const A = h.page;
  await openApp(h, A);
  await maakMetLabel(A, 'KM-SLOT');
  await viaMenu(A, 'Privacy');
  await A.getByLabel('Nieuw wachtwoord').fill(WACHTWOORD);
  await A.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD);
  await A.getByRole('button', { name: 'Beveiliging aanzetten' }).click();
  await A.getByRole('status').filter({ hasText: 'De beveiliging staat aan' }).waitFor();
  const versleuteld = await A.evaluate(() => Object.values(localStorage).join('\n'));
  assert.ok(!versleuteld.includes('KM-SLOT'), 'the label is not stored readably');

  const O = await nieuwTabblad(h); // the overview
  const B = await nieuwTabblad(h); // the same worksheet, idle
  await viaMenu(A, 'Mijn werkbladen');
  await openVanuitOverzicht(A, 'KM-SLOT');
  await openVanuitOverzicht(B, 'KM-SLOT');

  await t.test('the overview follows a new label from the other tab', async () => {
    await labelVeld(A).fill('KM-GESLOTEN');
    await waitForSaved(A);
    await rij(O, 'KM-GESLOTEN').waitFor({ timeout: 2000 });
  });

  await t.test('an idle editor follows the other tab\'s save', async () => {
    await doelVeld(A).fill('Doel uit tabblad A, versleuteld bewaard.');
    await waitForSaved(A);
    await wachtOpWaarde(doelVeld(B), 'Doel uit tabblad A, versleuteld bewaard.');
    await wachtOpWaarde(labelVeld(B), 'KM-GESLOTEN');
  });

  await t.test('typing in both tabs offers the choice; both versions are kept', async () => {
    // B's own autosave is held back, so B learns of A's save before it saves itself.
    await B.evaluate(() => {
      const echt = window.setTimeout;
      window.setTimeout = (f, ms, ...rest) => (ms === 500 ? 0 : echt(f, ms, ...rest));
    });
    await observaties(A).fill('A: zo zag tabblad A het.');
    await observaties(B).fill('B: zo zag tabblad B het.');
    await waitForSaved(A);
    const keuze = B.getByRole('alert').filter({ hasText: CONFLICT });
    await keuze.waitFor({ timeout: 2000 });
    await keuze.getByRole('button', { name: 'Mijn versie houden' }).click();
    await waitForSaved(B);
    // A had nothing pending: it follows B's version.
    await wachtOpWaarde(observaties(A), 'B: zo zag tabblad B het.');
    // The other tab's version is kept as a copy, readable through the app.
    await rij(O, 'KM-GESLOTEN (versie uit ander tabblad)').waitFor({ timeout: 2000 });
    await openVanuitOverzicht(O, 'KM-GESLOTEN (versie uit ander tabblad)');
    assert.equal(await observaties(O).inputValue(), 'A: zo zag tabblad A het.');
    assert.equal(await doelVeld(O).inputValue(), 'Doel uit tabblad A, versleuteld bewaard.');
  });

  await t.test('after a reload and unlock, B\'s version is what is stored', async () => {
    await B.reload();
    await kop(B).filter({ hasText: 'Werkblad is vergrendeld' }).waitFor();
    await B.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
    await B.getByRole('button', { name: 'Ontgrendelen' }).click();
    await kop(B).filter({ hasText: 'Werkblad: KM-GESLOTEN' }).waitFor();
    assert.equal(await observaties(B).inputValue(), 'B: zo zag tabblad B het.');
    const opslag = await B.evaluate(() => Object.values(localStorage).join('\n'));
    assert.ok(!opslag.includes('zo zag tabblad'), 'nothing stored readably');
  });
  assertNoErrors(h);
  assertOnlyOwnOrigin(h);
});
