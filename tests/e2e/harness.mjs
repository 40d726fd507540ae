// Shared harness for the end-to-end tests: serves the release build on loopback, drives
// Debian's headless Chromium with a fresh profile, and collects errors and requests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, test } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const execFileP = promisify(execFile);

/** The release build under test. */
export const DIST = process.env.WERKBLAD_DIST ?? path.resolve(HERE, '../../dist');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Turns CSP violations into console errors, so they are collected with the others. */
function meldCspOvertredingen() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(
      `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`,
    );
  });
}

/**
 * Serves the build and opens Chromium with a fresh profile.
 * Returns { url, context, page, newPage(), errors, requests, stopServer(), close() }:
 * `stopServer()` stops serving while the browser stays open (the offline tests need that).
 * Options: `reportCsp: false` leaves out the CSP-violation listener; `ignoreAborted: false`
 * counts aborted requests (net::ERR_ABORTED) as errors too; `prefix` serves the build under a
 * sub-path (say '/werkblad/'), and `url` is then that sub-path.
 */
export async function start({
  dist = DIST,
  viewport = { width: 1280, height: 900 },
  reportCsp = true,
  ignoreAborted = true,
  prefix = '/',
} = {}) {
  const server = await serve(dist, { prefix });
  let serving = true;
  const stopServer = async () => {
    if (serving) {
      serving = false;
      await server.close();
    }
  };
  const profiel = await mkdtemp(path.join(os.tmpdir(), 'werkblad-e2e-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profiel, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ARGS,
      viewport,
    });
  } catch (e) {
    await stopServer();
    await rm(profiel, { recursive: true, force: true });
    throw e;
  }

  // Fail fast: the app answers in milliseconds, so a locator that waits longer has found a bug.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);

  const errors = [];
  const requests = [];
  const volg = (page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('Content Security Policy')) {
        errors.push(`console.${m.type()}: ${m.text()}`);
      }
    });
  };
  context.on('page', volg);
  context.pages().forEach(volg);
  context.on('request', (r) => requests.push(r.url()));
  // A navigation aborts the previous page's pending requests (e.g. the manifest icon): not an error.
  context.on('requestfailed', (r) => {
    const reden = r.failure()?.errorText;
    if (!ignoreAborted || reden !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${reden})`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  if (reportCsp) await context.addInitScript(meldCspOvertredingen);

  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url: server.url,
    context,
    page,
    newPage: () => context.newPage(),
    errors,
    requests,
    stopServer,
    async close() {
      await context.close().catch(() => {});
      await stopServer();
      await rm(profiel, { recursive: true, force: true });
    },
  };
}

/**
 * For a describe block (or a file): a fresh browser for every test, with the app open unless
 * `open` is false, and after the test no errors and no request outside the app's origin.
 * `onStart(h)` runs before the app is opened; use it to keep `h` (and `h.page`) in the suite.
 */
export function browserPerTest(onStart, { open = true } = {}) {
  let h;
  beforeEach(async () => {
    h = await start();
    await onStart(h);
    if (open) await openApp(h);
  });
  afterEach(async () => {
    try {
      assertNoErrors(h);
      assertOnlyOwnOrigin(h);
    } finally {
      await h.close();
    }
  });
}

/**
 * A test with a browser of its own, closed however the test ends; a hang fails it after 30 s.
 * Not beforeEach/afterEach: Node 20 runs those around `t.test()` steps too.
 */
export function browserTest(naam, stappen) {
  test(naam, { timeout: 30_000 }, async (t) => {
    const h = await start();
    try {
      await stappen({ h, page: h.page, t });
    } finally {
      await h.close();
    }
  });
}

/** Opens the app's start page and waits for the overview. */
export async function openApp(h, page = h.page) {
  await page.goto(h.url);
  await overviewShown(page);
}

/** Waits until the overview ("Mijn werkbladen") is on screen. */
export async function overviewShown(page) {
  await page.getByRole('heading', { level: 1, name: 'Mijn werkbladen' }).waitFor();
}

/**
 * Waits until the editor says "✓ Opgeslagen". Call it after a change: the change sets the status
 * to "Wordt opgeslagen…" before control returns to the test (the app reacts within the same
 * task), and the debounced save (500 ms) sets it back. Matches the check mark on purpose: the
 * other states, "Wordt opgeslagen…" and "Niet opgeslagen", contain the word too.
 */
export async function waitForSaved(page) {
  await page.getByRole('status').filter({ hasText: '✓ Opgeslagen' }).waitFor();
}

/** Fails the test on any page error, console error, CSP violation or failed request. */
export function assertNoErrors(h) {
  assert.deepEqual(h.errors, [], 'errors in the browser');
}

/** Fails the test when the app requested anything outside its own origin. */
export function assertOnlyOwnOrigin(h) {
  const origin = new URL(h.url).origin;
  const vreemd = h.requests.filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(vreemd, [], `requests outside ${origin}`);
  assert.ok(h.requests.length > 0, 'no requests recorded at all');
}

// ---------------------------------------------------------------------------------------------
// Reading what the app hands over: files, paper, storage.

/** Every localStorage entry of the page, as a plain object (for before/after comparisons). */
export function storageSnapshot(page) {
  return page.evaluate(() => {
    const uit = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      uit[k] = localStorage.getItem(k);
    }
    return uit;
  });
}

/** Runs `action` (say, a click) and resolves to the file it downloads: { name, text }. */
export async function captureDownload(page, action) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/**
 * Prints the page to A4 with Chromium's own print pipeline (DevTools Page.printToPDF, print
 * media, the page's @page size) and reads the PDF back with poppler-utils.
 * Resolves to { text, pages }: `text` from `pdftotext -layout`, pages separated by form feeds.
 */
export async function printToPdf(page, { png = null } = {}) {
  const map = await mkdtemp(path.join(os.tmpdir(), 'werkblad-pdf-'));
  try {
    const pdf = path.join(map, 'afdruk.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: false, preferCSSPageSize: true });
    const [{ stdout: text }, { stdout: info }] = await Promise.all([
      execFileP('pdftotext', ['-layout', pdf, '-']),
      execFileP('pdfinfo', [pdf]),
    ]);
    // The pages as images for a person to look at (`png` is a path prefix).
    if (png) await execFileP('pdftoppm', ['-png', '-r', '60', pdf, png]);
    const [, w, h] = info.match(/^Page size:\s+([\d.]+) x ([\d.]+)/m);
    return { text, pages: Number(info.match(/^Pages:\s+(\d+)/m)[1]), landscape: Number(w) > Number(h) };
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}
