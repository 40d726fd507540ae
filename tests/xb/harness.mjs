// The cross-browser harness: one WebDriver session per engine and test file, a fresh server (so
// a fresh origin: its own localStorage and service worker) per journey, and finding things on the
// page by role and label, as a person would, with a small finder that runs in the page.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { serve } from '../e2e/server.mjs';
import { ENGINES, alsElement, startSessie } from './webdriver.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The release build under test. */
export const DIST = process.env.WERKBLAD_DIST ?? path.resolve(HERE, '../../dist');

/** How long a wait for something on the page may take before the journey fails. */
const WACHT_MS = 10_000;

// ---------------------------------------------------------------------------------------------
// The finder: runs in the page. A spec names an element as a person would:
//   { role: 'button', naam: 'Nieuw werkblad' }          exact accessible name
//   { role: 'status', tekst: 'Opgeslagen' }             text it contains
//   { label: 'Doel van het gesprek' }                   a form control by its label
//   { ..., in: <spec> }                                 inside the first match of another spec
//   { ..., nr: 2 }                                      the third match
// Only rendered elements count (display: none and hidden ones do not).

/* eslint-disable no-undef */
function zoek(spec) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  // An <option> of a closed <select> has no box of its own: it counts when its select does.
  const zichtbaar = (el) =>
    el.tagName === 'OPTION' ? zichtbaar(el.closest('select')) : el.getClientRects().length > 0;
  const tekstVan = (id) => document.getElementById(id)?.textContent ?? '';
  const naam = (el) => {
    if (el.hasAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    const door = el.getAttribute('aria-labelledby');
    if (door) return norm(door.split(/\s+/).map(tekstVan).join(' '));
    if (el.labels?.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el.tagName === 'FIELDSET') return norm(el.querySelector(':scope > legend')?.textContent);
    if (el.tagName === 'INPUT') return norm(el.value);
    return norm(el.textContent);
  };
  const ROLLEN = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    group: 'fieldset, [role=group], [role=radiogroup]',
    dialog: 'dialog, [role=dialog], [role=alertdialog]',
    alert: '[role=alert]',
    status: '[role=status]',
    list: 'ul, ol, [role=list]',
    listitem: 'li, [role=listitem]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    radio: 'input[type=radio], [role=radio]',
    textbox: 'input:not([type]), input[type=text], input[type=password], textarea',
    navigation: 'nav, [role=navigation]',
    article: 'article, [role=article]',
    option: 'option',
  };
  const LABELBAAR = 'input, textarea, select, fieldset';
  const alle = (bron, s) => {
    const sel = s.label !== undefined ? LABELBAAR : ROLLEN[s.role];
    if (!sel) throw new Error(`unknown role ${s.role}`);
    let els = [...bron.querySelectorAll(sel)].filter(zichtbaar);
    if (s.role === 'heading' && s.niveau) els = els.filter((el) => el.tagName === `H${s.niveau}`);
    const gezocht = s.label ?? s.naam;
    if (gezocht !== undefined) els = els.filter((el) => naam(el) === gezocht);
    if (s.naamBevat !== undefined) els = els.filter((el) => naam(el).includes(s.naamBevat));
    if (s.naamBegint !== undefined) els = els.filter((el) => naam(el).startsWith(s.naamBegint));
    if (s.tekst !== undefined) els = els.filter((el) => norm(el.textContent).includes(s.tekst));
    return els;
  };
  const vind = (s) => {
    let bron = document;
    if (s.in) {
      bron = vind(s.in);
      if (!bron) return null;
    }
    return alle(bron, s)[s.nr ?? 0] ?? null;
  };
  return vind(spec);
}
/* eslint-enable no-undef */

/** A short description of a spec, for failure messages. */
const beschrijf = (s) =>
  [s.in ? `${beschrijf(s.in)} › ` : '', s.label !== undefined ? `label "${s.label}"` : s.role,
    s.naam !== undefined ? ` "${s.naam}"` : '', s.naamBegint !== undefined ? ` "${s.naamBegint}…"` : '',
    s.tekst !== undefined ? ` with "${s.tekst}"` : '', s.nr ? ` #${s.nr}` : ''].join('');

// ---------------------------------------------------------------------------------------------

/**
 * The page as the journeys use it: one WebDriver session, the app served on a fresh origin.
 * Waits poll the page (WebDriver has no events); each poll is one round trip.
 */
export class Pagina {
  constructor(sessie, url) {
    this.s = sessie;
    this.url = url;
    this.engine = sessie.engine;
  }

  /** Resolves when `cond()` (run here) gives a truthy value, and to that value. */
  async wachtOp(cond, wat, timeout = WACHT_MS) {
    const tot = Date.now() + timeout;
    let laatste;
    for (;;) {
      try {
        const v = await cond();
        if (v) return v;
      } catch (e) {
        // A navigation in progress can make a script fail; the next poll will tell.
        laatste = e;
      }
      if (Date.now() > tot) throw new Error(`waited ${timeout} ms for ${wat}${laatste ? ` (${laatste.message})` : ''}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The element, or null, right now. */
  async vindNu(spec) {
    return alsElement(await this.s.js(zoek, spec));
  }
  /** Waits until the element is on the page; resolves to it. */
  vind(spec, timeout) {
    return this.wachtOp(() => this.vindNu(spec), beschrijf(spec), timeout);
  }
  /** Waits until the element is gone. */
  weg(spec, timeout) {
    return this.wachtOp(async () => !(await this.vindNu(spec)), `${beschrijf(spec)} to go`, timeout);
  }
  async telt(spec) {
    return (await this.vindNu(spec)) !== null;
  }

  async klik(spec) {
    const el = await this.vind(spec);
    try {
      await this.s.klik(el);
    } catch (e) {
      // A sticky header over the element: bring it to the middle and click again.
      if (e.code !== 'element click intercepted' && e.code !== 'element not interactable') throw e;
      await this.s.js((el) => el.scrollIntoView({ block: 'center' }), el);
      await this.s.klik(el);
    }
  }

  /**
   * Types key by key at the end of the field. (No click first: WebDriver puts the caret at the
   * end only when the field did not have focus yet.)
   */
  async typ(spec, tekst) {
    const el = await this.vind(spec);
    await this.s.js((el) => el.blur(), el);
    await this.s.typ(el, tekst);
    // WebKit's driver can answer before the page has had every key: wait until it has, so a
    // test's "after typing" means after the page saw the text.
    await this.wachtOp(
      async () => (await this.s.js((el, t) => el.value.endsWith(t), el, tekst)),
      `${beschrijf(spec)} to end in "${tekst}"`,
    ).catch(async (e) => {
      const nu = await this.s.js((el) => ({ waarde: el.value, focus: document.activeElement?.id || document.activeElement?.tagName }), el);
      throw new Error(`${e.message}; it holds "${nu.waarde}", focus is on ${nu.focus}`);
    });
  }

  /**
   * Puts `tekst` in a field at once and fires `input`, as a paste does (typing 100,000
   * characters key by key would take minutes).
   */
  async plak(spec, tekst) {
    const el = await this.vind(spec);
    await this.s.js(
      (el, t) => {
        el.focus();
        el.value = t;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      },
      el,
      tekst,
    );
  }

  async waarde(spec) {
    return this.s.js((el) => el.value, await this.vind(spec));
  }
  async aangevinkt(spec) {
    return this.s.js((el) => el.checked, await this.vind(spec));
  }
  async tekst(spec) {
    return this.s.js((el) => el.textContent, await this.vind(spec));
  }
  /** Waits until the field holds exactly `tekst`. */
  async wachtOpWaarde(spec, tekst, timeout) {
    const el = await this.vind(spec);
    return this.wachtOp(async () => (await this.s.js((el) => el.value, el)) === tekst, `${beschrijf(spec)} = "${tekst}"`, timeout);
  }

  js(fn, ...args) {
    return this.s.js(fn, ...args);
  }
  jsAsync(fn, ...args) {
    return this.s.jsAsync(fn, ...args);
  }

  /** Every localStorage entry of the page's origin. */
  opslag() {
    return this.s.js(() => Object.fromEntries(Object.entries(localStorage)));
  }
  /** One localStorage value, or null. */
  opgeslagen(key) {
    return this.s.js((k) => localStorage.getItem(k), key);
  }

  /**
   * Reloads as the page's own `location.reload()` (the reload button), and waits until the new
   * page is there: the old one carried a marker the new one lacks.
   */
  async herlaadViaPagina() {
    await this.s.js(() => {
      window.__xbOud = true;
      location.reload();
    });
    await this.wachtOp(
      async () => (await this.s.js(() => !window.__xbOud && document.readyState === 'complete')),
      'the reloaded page',
    );
  }

  /** Opens `adres` (default: the app's start page). */
  async ga(adres = this.url) {
    await this.s.ga(adres);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Declares the journeys of one engine in one test file: a session for the whole file, and for
 * each journey a fresh server and a fresh origin, closed however the journey ends.
 * `journeys(reis)` declares them through `reis(naam, fn, opties)`; `fn({ p, s, serve })` gets
 * the page on the app's start address. Options: `prefix` (serve under a sub-path),
 * `timeout` (ms). With `alleen` (a RegExp), only the journeys whose name matches.
 */
export function perEngine(engine, journeys, { alleen } = {}) {
  let sessie;
  let fout;
  before(async () => {
    try {
      sessie = await startSessie(engine);
    } catch (e) {
      fout = e;
    }
  });
  after(async () => {
    await sessie?.sluit();
  });

  const reis = (naam, fn, { prefix = '/', timeout = 60_000 } = {}) => {
    if (alleen && !alleen.test(naam)) return;
    test(`${ENGINES[engine].naam}: ${naam}`, { timeout }, async (t) => {
      if (fout) throw fout;
      const server = await serve(DIST, { prefix });
      const p = new Pagina(sessie, server.url);
      try {
        await fn({ p, s: sessie, server, t });
      } finally {
        await opruimen(sessie, server);
      }
    });
  };
  journeys(reis, engine);
}

/**
 * After a journey: back to one window, leave the origin (about:blank) and stop its server. The
 * next journey's server listens on another port, so another origin with nothing stored.
 */
async function opruimen(s, server) {
  try {
    const [eerste, ...rest] = await s.vensters();
    for (const v of rest) {
      await s.naarVenster(v);
      await s.sluitVenster().catch(() => {});
    }
    await s.naarVenster(eerste);
    // Give back the room a full-storage journey took: quota is shared per host in some engines.
    await s.js(() => localStorage.clear()).catch(() => {});
    await s.ga('about:blank').catch(() => {});
  } finally {
    await server.close();
  }
}

export { assert };
