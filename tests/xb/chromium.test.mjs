// Chromium over WebDriver (chromedriver): only the journeys the Playwright suite in tests/e2e
// does not have. The others run in Chromium there, with more detail (request and console
// checks, axe): fill and reload (werkblad.test.mjs a), delete and undo (e), export and import
// (backup.test.mjs a), two tabs and full storage (opslag.test.mjs), the lock (slot.test.mjs),
// offline (offline.test.mjs) and under a sub-path (subpad.test.mjs), printing (afdrukken.test.mjs).
// Set WERKBLAD_XB_ALLES=1 to run every journey here too, for a like-for-like comparison.
import { perEngine } from './harness.mjs';
import { journeys } from './journeys.mjs';

perEngine('chromium', journeys, { alleen: process.env.WERKBLAD_XB_ALLES ? undefined : /^(bewaren voor de pagina weggaat|typen direct na)/ });
