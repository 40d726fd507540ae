// Werkblad's service worker: keeps the app's own files on this device, so that the app opens and
// works without a network once it has been loaded. Data never passes through here: it stays in
// localStorage. Requests to other origins are left alone (the app makes none).
//
// An update never takes over by itself: a tab may hold unsaved typing. The new worker waits until
// the page (boot.js, on the app's request) sends {type: 'SKIP_WAITING'}.
//
// The two lines below are filled in after every build by scripts/sw-version (a Trunk post_build
// hook): VERSIE is a hash of all built files, BESTANDEN the list of them. Any change to the build
// changes this file, so browsers see a new worker, and its cache gets a new name.
const VERSIE = '__WERKBLAD_VERSIE__';
const BESTANDEN = ['__WERKBLAD_BESTANDEN__'];

// One cache per version; the scope is part of the name so that two copies of the app on one
// origin (say /test/ and /) never delete each other's files.
const VOORVOEGSEL = `werkblad ${self.registration.scope} `;
const CACHE = VOORVOEGSEL + VERSIE;
const START = 'index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(vulCache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const namen = await caches.keys();
      await Promise.all(
        namen.filter((n) => n.startsWith(VOORVOEGSEL) && n !== CACHE).map((n) => caches.delete(n)),
      );
      // The very first install takes the open page at once (nothing to lose: it had no worker).
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const verzoek = event.request;
  if (verzoek.method !== 'GET') return;
  if (new URL(verzoek.url).origin !== self.location.origin) return;
  event.respondWith(beantwoord(verzoek));
});

/** Fetches every file of this version, past the HTTP cache; all or nothing. */
async function vulCache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    BESTANDEN.map(async (bestand) => {
      const antwoord = await fetch(new Request(bestand, { cache: 'reload' }));
      if (!antwoord.ok) throw new Error(`${bestand}: HTTP ${antwoord.status}`);
      await cache.put(bestand, await zonderOmleiding(antwoord));
    }),
  );
}

/** A redirected response may not answer a navigation; a copy without that flag may. */
async function zonderOmleiding(antwoord) {
  if (!antwoord.redirected) return antwoord;
  return new Response(await antwoord.blob(), {
    status: antwoord.status,
    statusText: antwoord.statusText,
    headers: antwoord.headers,
  });
}

/** Cache first; a page load gets the cached index.html (the app routes by #hash). */
async function beantwoord(verzoek) {
  const cache = await caches.open(CACHE);
  const navigatie = verzoek.mode === 'navigate';
  const treffer =
    (await cache.match(verzoek, { ignoreSearch: navigatie })) ??
    (navigatie ? await cache.match(START) : undefined);
  return treffer ?? fetch(verzoek);
}
