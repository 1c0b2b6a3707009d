// Adds a placeholder after the page has loaded, as a JS-built page would.
window.addEventListener('load', function () {
  var el = document.createElement('div');
  el.id = 'late';
  el.setAttribute('data-strike-explainer', '');
  el.setAttribute('data-region', 'south-west');
  el.setAttribute('data-today', '2026-11-24');
  el.textContent = 'Fallback';
  document.body.appendChild(el);
});
