// The optional passphrase lock, as a klantmanager would use it: switch it on, find the app
// locked after a reload, a wrong and a right passphrase, auto-lock after inactivity, switch off.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';

import { browserPerTest, openApp, waitForSaved, storageSnapshot } from './harness.mjs';
import { doelVeld, kop, nieuwWerkblad, viaMenu, vulWerkblad } from './werkblad-ui.mjs';

const WACHTWOORD = 'lange zin als wachtwoord';
const GEHEIM = 'KANARIE-slot-3b9e: de cliënt vertelde over de verhuizing';

let h;
browserPerTest(
  (nieuw) => {
    h = nieuw;
  },
  { open: false },
);

const vergrendeld = (page) => kop(page).filter({ hasText: 'Werkblad is vergrendeld' }).waitFor();

async function ontgrendel(page, wachtwoord) {
  await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

/** A worksheet with a secret observation; resolves to its URL. */
async function werkbladMetGeheim(page) {
  const url = await nieuwWerkblad(page);
  await vulWerkblad(page, { gesprek: { doel: GEHEIM } });
  return url;
}

async function zetSlotAan(page) {
  await viaMenu(page, 'Privacy');
  await page.getByLabel('Nieuw wachtwoord').fill(WACHTWOORD);
  await page.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Beveiliging aanzetten' }).click();
  await page.getByRole('status').filter({ hasText: 'De beveiliging staat aan' }).waitFor();
}

const nergensLeesbaar = async (page) => {
  const opslag = await storageSnapshot(page);
  for (const [k, v] of Object.entries(opslag)) assert.ok(!v.includes('KANARIE-slot'), `plain text under ${k}`);
  return opslag;
};

describe('Beveiligen met een wachtwoord', () => {
  test('aanzetten versleutelt alles; na herladen eerst ontgrendelen, een fout wachtwoord verandert niets', async () => {
    const { page } = h;
    await openApp(h);
    const url = await werkbladMetGeheim(page);
    await zetSlotAan(page);
    const versleuteld = await nergensLeesbaar(page);
    assert.ok(versleuteld['werkblad.slot'], 'the lock is recorded');

    await page.goto(url);
    await page.reload();
    await vergrendeld(page);
    assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count(), 0, 'no app behind the lock');

    await ontgrendel(page, 'fout wachtwoord');
    await page.getByRole('alert').filter({ hasText: /wachtwoord/i }).waitFor();
    assert.deepEqual(await storageSnapshot(page), versleuteld, 'a wrong passphrase changes nothing');

    await ontgrendel(page, WACHTWOORD);
    await kop(page).filter({ hasText: /^Werkblad: / }).waitFor();
    assert.equal(await doelVeld(page).inputValue(), GEHEIM);

    // Typing while unlocked is stored encrypted too.
    await doelVeld(page).fill(`${GEHEIM} en meer`);
    await waitForSaved(page);
    await nergensLeesbaar(page);
  });

  test('gaat vanzelf op slot na de ingestelde tijd, en met de knop', async () => {
    const { page } = h;
    await openApp(h);
    await werkbladMetGeheim(page);
    await zetSlotAan(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Vergrendelen' }).click();
    await vergrendeld(page);
    assert.equal(await page.getByText(GEHEIM).count(), 0);
    assert.equal(await page.locator('textarea').count(), 0, 'no decrypted text left on the page');

    // A shortened timeout (3 s) instead of 15 minutes, in the plain settings.
    await page.evaluate(() => {
      const i = JSON.parse(localStorage.getItem('werkblad.instellingen'));
      i.vergrendel_na_minuten = 0.05;
      localStorage.setItem('werkblad.instellingen', JSON.stringify(i));
    });
    await page.goto(h.url);
    await page.reload();
    await vergrendeld(page);
    await ontgrendel(page, WACHTWOORD);
    await kop(page).filter({ hasText: 'Mijn werkbladen' }).waitFor();
    const open = Date.now();
    await vergrendeld(page);
    const na = (Date.now() - open) / 1000;
    assert.ok(na >= 2, `locked after ${na} s, sooner than the 3 s chosen`);
  });

  test('uitzetten vraagt het wachtwoord en zet alles weer leesbaar terug', async () => {
    const { page } = h;
    await openApp(h);
    await werkbladMetGeheim(page);
    await zetSlotAan(page);
    await page.getByLabel('Huidig wachtwoord').fill('niet het goede');
    await page.getByRole('button', { name: 'Beveiliging uitzetten' }).click();
    await page.getByRole('status').filter({ hasText: /wachtwoord/i }).waitFor();
    await nergensLeesbaar(page);

    await page.getByLabel('Huidig wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Beveiliging uitzetten' }).click();
    await page.getByRole('status').filter({ hasText: 'De beveiliging staat uit' }).waitFor();
    const opslag = await storageSnapshot(page);
    assert.equal(opslag['werkblad.slot'], undefined);
    assert.ok(Object.values(opslag).some((v) => v.includes(GEHEIM)), 'plain again');
    await page.reload();
    await kop(page).filter({ hasText: 'Privacy' }).waitFor();
  });

  test('wachtwoord vergeten: alles wissen na WISSEN, en dan opnieuw beginnen', async () => {
    const { page } = h;
    await openApp(h);
    await werkbladMetGeheim(page);
    await zetSlotAan(page);
    await page.reload();
    await vergrendeld(page);
    await page.getByText('Wachtwoord vergeten?').click();
    await page.getByLabel('Typ WISSEN om alles in deze browser te wissen').fill('WISSEN');
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await kop(page).filter({ hasText: 'Privacy' }).waitFor();
    const opslag = await storageSnapshot(page);
    assert.deepEqual(Object.keys(opslag).filter((k) => k.startsWith('werkblad.')), []);
  });
});
