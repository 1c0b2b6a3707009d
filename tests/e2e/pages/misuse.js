// Before the loader runs: one placeholder already has a shadow root of the page's own (which the
// widget must leave alone), another a 100 KB attribute value (which a warning must not echo).
(function () {
  var owned = document.getElementById('owned');
  owned.attachShadow({ mode: 'open' }).appendChild(document.createElement('p')).textContent = "the host's own";
  document.getElementById('huge').setAttribute('data-theme', new Array(100001).join('x'));
})();
