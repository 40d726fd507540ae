// Loads the app. A file of its own (not inline) so the Content-Security-Policy can forbid inline scripts.
import init from './werkblad.js';

init()
  .catch(() => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'De app kon niet worden gestart. Laad de pagina opnieuw. Werkt dat niet, gebruik dan een recente versie van Chrome, Edge, Firefox of Safari.';
    document.body.append(p);
  })
  .finally(registreerServiceWorker);

// Offline use: sw.js keeps the app's files on this device.
//
// Updates never reload a tab by themselves (it may hold unsaved typing). When a new version is
// installed and waiting, this fires `werkblad:nieuwe-versie` on window. The app saves pending work
// and then fires `werkblad:activeer-nieuwe-versie`; only then does the new version take over and
// this tab reload.
const NIEUWE_VERSIE = 'werkblad:nieuwe-versie';
const ACTIVEER = 'werkblad:activeer-nieuwe-versie';
const UUR = 60 * 60 * 1000;

async function registreerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const sw = navigator.serviceWorker;

  let gevraagd = false; // this tab asked for the new version
  let verouderd = false; // another tab let a new version take over: this tab runs the old code
  const hadWorker = Boolean(sw.controller);
  let gemeld = null;

  const meld = (worker) => {
    if (gemeld === worker) return;
    gemeld = worker;
    window.dispatchEvent(new CustomEvent(NIEUWE_VERSIE));
  };

  sw.addEventListener('controllerchange', () => {
    if (gevraagd) {
      gevraagd = false;
      location.reload();
    } else if (hadWorker) {
      verouderd = true;
      meld(sw.controller);
    }
  });

  let registratie;
  try {
    registratie = await sw.register('sw.js', { scope: './', updateViaCache: 'none' });
  } catch {
    return; // no offline use (private mode, storage off); the app itself works as before
  }

  window.addEventListener(ACTIVEER, () => {
    const wachtend = registratie.waiting;
    if (wachtend) {
      gevraagd = true;
      wachtend.postMessage({ type: 'SKIP_WAITING' });
    } else if (verouderd) {
      location.reload();
    }
  });

  // A worker that is installed while an older one is active waits: that is a new version. (The
  // very first install has no older one and takes over at once; nothing to announce.)
  const volg = (worker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registratie.waiting === worker && registratie.active) {
        meld(worker);
      }
    });
  };
  if (registratie.waiting && registratie.active) meld(registratie.waiting);
  if (registratie.installing) volg(registratie.installing);
  registratie.addEventListener('updatefound', () => {
    if (registratie.installing) volg(registratie.installing);
  });

  // Tabs stay open for days; the browser itself only looks for a new version on page loads.
  let laatst = Date.now();
  const kijk = () => {
    if (!navigator.onLine || Date.now() - laatst < UUR) return;
    laatst = Date.now();
    registratie.update().catch(() => {});
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') kijk();
  });
  setInterval(kijk, UUR);
}
