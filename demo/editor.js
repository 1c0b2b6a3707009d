// The demo's editor page (editor.html): checks a dispute data file with the widget's own
// checker (`checkData`, the same path as the widget and `check-dispute`) and shows the widget
// the file makes, re-mounted after each change. Everything stays in the browser.
//
// It owns the page's controls only; what a file may contain is the wasm's to say.
window.__strikeExplainerLoader = true; // this page mounts its one widget itself
const glue = await import('./strike-explainer.js');
await glue.default();

const text = document.getElementById('ed-text');
const result = document.getElementById('ed-result');
const widget = document.getElementById('ed-widget');
const today = document.getElementById('ed-today');
const lang = document.getElementById('ed-lang');
let mounted = null;
let pending = 0;

function el(tag, props, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function show() {
  const problems = glue.checkData(text.value);
  if (mounted !== null) glue.unmount(mounted);
  mounted = null;
  const options = { data: text.value, debug: 'true', lang: lang.value };
  if (today.value) options.today = today.value;
  if (text.value.trim() === '') {
    result.replaceChildren(el('p', {}, 'Waiting for a file.'));
    return;
  }
  if (problems.length === 0) {
    result.replaceChildren(el('p', { className: 'ed-ok' }, 'No problems: the widget beside shows this file.'));
  } else {
    const list = el('ol', {}, ...problems.map((p) => el('li', {}, el('code', {}, p.path || 'the file'), ': ' + p.message)));
    const n = problems.length;
    result.replaceChildren(el('p', { className: 'ed-bad' }, `${n} problem${n === 1 ? '' : 's'}: readers would see your fallback content.`), list);
  }
  try {
    mounted = glue.mount(widget, options);
  } catch (e) {
    // A file with problems is listed in the widget itself (debug); anything else is shown here.
    result.append(el('p', {}, String(e.message ?? e)));
  }
}

function later() {
  clearTimeout(pending);
  pending = setTimeout(show, 250);
}

async function load(file) {
  if (!file) return;
  text.value = await file.text();
  show();
}

text.addEventListener('input', later);
today.addEventListener('change', show);
lang.addEventListener('change', show);
document.getElementById('ed-open').addEventListener('change', (e) => load(e.target.files[0]));
document.querySelectorAll('[data-example]').forEach((button) => {
  button.addEventListener('click', () => {
    text.value = glue.bundledData(button.dataset.example) ?? '';
    show();
  });
});
// Disabled in the page until the wasm has loaded and they are wired: a click before would be lost.
document.querySelectorAll('[data-example], #ed-open').forEach((control) => { control.disabled = false; });
text.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('ed-drag');
});
text.addEventListener('dragleave', () => document.body.classList.remove('ed-drag'));
text.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('ed-drag');
  load(e.dataTransfer.files[0]);
});
