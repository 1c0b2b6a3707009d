// An endless feed, as a news site's infinite scroll: every half second a new article with a
// widget is added at the bottom and scrolled to, the oldest beyond the last six are removed, and
// a reader changes region or role in a widget on screen. soak.mjs reads window.__soak.
(function () {
  var regions = ['london', 'wales', 'northern', 'scotland', 'south-west', 'eastern'];
  var roles = ['parent', 'teacher-neu', 'pupil', 'support-staff', 'public'];
  var soak = (window.__soak = { added: 0, removed: 0, choices: 0 });
  var feed = document.getElementById('feed');
  function article() {
    var a = document.createElement('article');
    a.innerHTML = '<h2>Story ' + soak.added + '</h2><p>' + new Array(40).join('Paragraph text. ') + '</p>';
    var slot = document.createElement('div');
    slot.setAttribute('data-strike-explainer', '');
    slot.setAttribute('data-region', regions[soak.added % regions.length]);
    slot.textContent = 'Fallback';
    a.appendChild(slot);
    feed.appendChild(a);
    soak.added += 1;
    a.scrollIntoView();
    while (feed.children.length > 6) {
      feed.firstElementChild.remove();
      soak.removed += 1;
    }
  }
  function choose() {
    var slots = feed.querySelectorAll('[data-se-mounted]');
    var slot = slots[slots.length - 1];
    var root = slot && slot.shadowRoot;
    if (!root) return;
    var i = soak.choices++;
    // The area list shows until an area is chosen, then behind "Change".
    var change = root.querySelector('#se-where-change');
    if (i % 2 === 0 && change) change.click();
    var select = root.querySelector(i % 2 ? '#se-role' : '#se-region');
    if (!select) return;
    select.value = i % 2 ? roles[i % roles.length] : regions[i % regions.length];
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  window.__soakStart = function () {
    setInterval(article, 500);
    setInterval(choose, 700);
  };
})();
