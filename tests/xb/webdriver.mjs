// Plain W3C WebDriver over fetch: just the commands the journeys use, no dependency. Starts the
// engine's own driver (geckodriver, WebKitWebDriver under Xvfb, chromedriver), all installed by
// scripts/setup from the package registries; nothing is downloaded here.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** The key under which WebDriver hands over an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * The three engines: how to start each driver and what to ask it for. Firefox and Chromium run
 * headless; WebKitGTK's MiniBrowser needs a display (its `--headless` made session creation hang),
 * so its driver runs under `xvfb-run`.
 */
export const ENGINES = {
  firefox: {
    naam: 'Firefox ESR',
    driver: (port) => ['geckodriver', ['--port', String(port), '--log', 'fatal']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: {
          // No first-run pages, update checks or telemetry pings: only the app's own requests.
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'app.update.enabled': false,
          'dom.disable_open_during_load': false,
        },
      },
    },
  },
  webkit: {
    naam: 'WebKitGTK',
    driver: (port) => ['xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  },
  chromium: {
    naam: 'Chromium',
    driver: (port) => [process.env.CHROMEDRIVER || 'chromedriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--window-size=1280,900',
        ],
      },
    },
  },
};

/** A WebDriver error, with the driver's error code (`no such element`, …). */
export class WebDriverFout extends Error {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

async function vrijePoort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts the driver for `engine` and opens one session. Resolves to a `Sessie`; `sluit()` ends
 * the session and stops the driver (the whole process group it started, by its id).
 */
export async function startSessie(engine) {
  const e = ENGINES[engine];
  if (!e) throw new Error(`unknown engine ${engine}`);
  const port = await vrijePoort();
  const [cmd, args] = e.driver(port);
  const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const gestopt = new Promise((r) => proc.once('exit', r));
  // Should this process end before `sluit()` (a killed test run), take the driver along.
  const opruimen = () => {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {}
  };
  process.once('exit', opruimen);
  const stop = async () => {
    process.removeListener('exit', opruimen);
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {}
    await Promise.race([gestopt, new Promise((r) => setTimeout(r, 3000))]);
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {}
  };
  const basis = `http://127.0.0.1:${port}`;
  try {
    // The driver is ready when its /status answers: poll it, it takes a moment to bind.
    const tot = Date.now() + 20_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`${cmd} stopped: ${stderr}`);
      const ok = await fetch(`${basis}/status`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > tot) throw new Error(`${cmd} did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const antwoord = await roep(basis, 'POST', '/session', { capabilities: { alwaysMatch: e.capabilities } });
    const sessie = new Sessie(basis, antwoord.sessionId, engine, stop, antwoord.capabilities);
    await sessie.post('/timeouts', { script: 30_000, pageLoad: 20_000, implicit: 0 });
    return sessie;
  } catch (err) {
    await stop();
    throw err;
  }
}

async function roep(basis, method, pad, body) {
  const r = await fetch(basis + pad, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const tekst = await r.text();
  let json;
  try {
    json = JSON.parse(tekst);
  } catch {
    throw new WebDriverFout('invalid response', `${method} ${pad}: HTTP ${r.status} ${tekst.slice(0, 200)}`);
  }
  const v = json.value;
  if (!r.ok || (v && typeof v === 'object' && typeof v.error === 'string')) {
    throw new WebDriverFout(v?.error ?? `HTTP ${r.status}`, `${method} ${pad}: ${v?.message ?? tekst.slice(0, 200)}`);
  }
  return v;
}

/** An element reference as WebDriver returns it, or null. */
const alsElement = (v) => (v && typeof v === 'object' && v[ELEMENT] ? v : null);

/** One WebDriver session: navigation, windows, scripts, elements. */
export class Sessie {
  constructor(basis, id, engine, stop, capabilities) {
    this.basis = basis;
    this.id = id;
    this.engine = engine;
    this.capabilities = capabilities;
    this.#stop = stop;
  }
  #stop;

  post(pad, body = {}) {
    return roep(this.basis, 'POST', `/session/${this.id}${pad}`, body);
  }
  get(pad) {
    return roep(this.basis, 'GET', `/session/${this.id}${pad}`);
  }
  delete(pad) {
    return roep(this.basis, 'DELETE', `/session/${this.id}${pad}`);
  }

  async sluit() {
    await roep(this.basis, 'DELETE', `/session/${this.id}`).catch(() => {});
    await this.#stop();
  }

  // Navigation
  ga = (url) => this.post('/url', { url });
  url = () => this.get('/url');
  herlaad = () => this.post('/refresh');
  terug = () => this.post('/back');

  // Windows
  venster = () => this.get('/window');
  vensters = () => this.get('/window/handles');
  naarVenster = (handle) => this.post('/window', { handle });
  /** Opens a new top-level window and switches to it; resolves to its handle. */
  async nieuwVenster() {
    const { handle } = await this.post('/window/new', { type: 'window' });
    await this.naarVenster(handle);
    return handle;
  }
  /** Closes the current window (as the user closing a tab). */
  sluitVenster = () => this.delete('/window');

  // Scripts: `script` is a function; it runs in the page with `args`.
  /** Runs `fn(...args)` in the page; resolves to its (JSON-able or element) result. */
  js(fn, ...args) {
    return this.post('/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }
  /** Runs async `fn(...args)` in the page and resolves to what its promise gives. */
  jsAsync(fn, ...args) {
    return this.post('/execute/async', {
      script: `const klaar = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((v) => klaar({ ok: v === undefined ? null : v }), (e) => klaar({ fout: String(e && (e.stack || e.message) || e) }));`,
      args,
    }).then((r) => {
      if (r && 'fout' in r) throw new Error(`in the page: ${r.fout}`);
      return r?.ok;
    });
  }

  // Elements
  klik = (el) => this.post(`/element/${el[ELEMENT]}/click`);
  /** Types `tekst` key by key into `el`, as a person would. */
  typ = (el, tekst) => this.post(`/element/${el[ELEMENT]}/value`, { text: tekst });
  /** The W3C print command: a PDF (base64) of the page, where the engine has one. */
  print = (opties = {}) => this.post('/print', { background: false, shrinkToFit: true, ...opties });
}

export { ELEMENT, alsElement };
