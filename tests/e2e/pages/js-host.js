// A host page that builds its content in JS: it creates an element and mounts the widget with
// options through the loader's API, keeping the handle to unmount it later.
window.addEventListener('load', function () {
  var el = document.createElement('div');
  el.id = 'js';
  el.innerHTML = '<p>Fallback for the JS-built widget</p>';
  document.body.appendChild(el);
  window.StrikeExplainer.mount(el, { region: 'wales', role: 'pupil', theme: 'dark', today: '2026-11-24' }).then(
    function (handle) {
      window.__handle = handle;
    },
    function (e) {
      console.error('mount failed: ' + e);
    }
  );
});
