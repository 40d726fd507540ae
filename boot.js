// Loads the app. A file of its own (not inline) so the Content-Security-Policy can forbid inline scripts.
import init from './werkblad.js';

init().catch(() => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'De app kon niet worden gestart. Laad de pagina opnieuw. Werkt dat niet, gebruik dan een recente versie van Chrome, Edge, Firefox of Safari.';
  document.body.append(p);
});
