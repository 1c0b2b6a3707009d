// The demo's embed builder page (embed.html, issue #22 item 3): a newsroom chooses a dispute and
// what the widget starts with, sees the live widget, the facts without JavaScript and the frame,
// and copies the snippets. The snippets come from the wasm (`embedSnippets`, over
// src/snippets.rs, the same module as the embed-builder command); this script holds no snippet
// text of its own. It owns the page's controls only.
window.__strikeExplainerLoader = true; // this page mounts its one widget itself
const glue = await import('./strike-explainer.js');
await glue.default();

const $ = (id) => document.getElementById(id);
const controls = ['eb-dispute', 'eb-src', 'eb-region', 'eb-role', 'eb-lang', 'eb-theme', 'eb-as-of', 'eb-base', 'eb-share'].map($);
const [dispute, src, region, role, lang, theme, asOf, base, share] = controls;
const problems = $('eb-problems');
const live = $('eb-live');
const still = $('eb-static');
const frame = $('eb-frame');
const snippets = { script: $('eb-script'), iframe: $('eb-iframe'), amp: $('eb-amp') };
let mounted = null;
let shown = 0; // the latest update, so an older one that awaited a fetch gives way
const files = new Map(); // address → its text (a promise), read once

// Today's date in the UK, as YYYY-MM-DD, the default "as of".
asOf.value = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

function el(tag, props, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// The static facts' HTML: our own output, but this page sets no Trusted Types policy, so it is
// parsed into a separate document (scripts in it would never run) and its nodes moved here.
function parsed(html) {
  return [...new DOMParser().parseFromString(html, 'text/html').body.childNodes];
}

function fill(select, list) {
  const keep = select.value;
  select.replaceChildren(select.options[0], ...list.map((c) => el('option', { value: c.id }, c.name)));
  select.value = list.some((c) => c.id === keep) ? keep : '';
}

async function read(address) {
  if (!files.has(address)) {
    const text = fetch(address).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    });
    files.set(address, text);
    text.catch(() => files.delete(address)); // tried again at the next change
  }
  return files.get(address);
}

function say(list, ok) {
  if (list.length === 0) {
    problems.replaceChildren(el('p', { className: 'eb-ok' }, ok));
  } else {
    problems.replaceChildren(el('p', { className: 'eb-bad' }, list.length === 1 ? 'One thing to fix:' : `${list.length} things to fix:`),
      el('ul', {}, ...list.map((p) => el('li', {}, p))));
  }
}

async function update() {
  const mine = ++shown;
  src.disabled = dispute.value !== 'src';
  const choice = { base: base.value, lang: lang.value, theme: theme.value, asOf: asOf.value };
  if (share.value.trim()) choice.share = share.value.trim();
  if (dispute.value === 'src') {
    choice.src = src.value.trim();
    if (choice.src === '') return say(['Give the data file\'s address.'], '');
    try {
      choice.data = await read(choice.src);
    } catch (e) {
      if (mine === shown) say([`The data file could not be read from ${choice.src}: ${e.message}`], '');
      return;
    }
    if (mine !== shown) return;
  } else {
    choice.dispute = dispute.value;
  }
  // First the dispute's areas and readers for the lists, then the choice made from them.
  const lists = glue.embedSnippets(choice);
  if (lists.regions) fill(region, lists.regions);
  if (lists.roles) fill(role, lists.roles);
  if (region.value) choice.region = region.value;
  if (role.value) choice.role = role.value;
  const widget = { lang: choice.lang, theme: choice.theme };
  for (const key of ['dispute', 'data', 'region', 'role']) if (choice[key]) widget[key] = choice[key];
  let facts = '';
  const found = [];
  try {
    const { theme: _, ...reader } = widget;
    facts = glue.staticFacts({ ...reader, today: choice.asOf }); // the widget's own components
  } catch (e) {
    found.push(String(e.message ?? e).replace(/^strike-explainer: /, ''));
  }
  const result = glue.embedSnippets({ ...choice, facts });
  found.push(...result.problems);
  say(found, 'Ready: the snippets below say this choice.');
  for (const [name, area] of Object.entries(snippets)) {
    area.value = found.length ? '' : (result[name] ?? `No ${name} snippet: ${result.ampProblem}`);
  }
  if (found.length) return;
  still.replaceChildren(...parsed(facts));
  if (mounted !== null) glue.unmount(mounted);
  mounted = null;
  try {
    mounted = glue.mount(live, widget);
  } catch (e) {
    say([String(e.message ?? e)], '');
  }
  // The preview frame is the demo's own copy of the frame page, with the snippet's query.
  const written = new DOMParser().parseFromString(result.iframe, 'text/html').querySelector('iframe');
  const preview = 'strike-explainer-frame.html' + new URL(written.getAttribute('src'), location.href).search;
  if (frame.getAttribute('src') !== preview) frame.setAttribute('src', preview);
  frame.title = `${result.title} (preview in a frame)`;
  frame.height = written.height;
}

document.querySelectorAll('[data-copy]').forEach((button) => {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    const status = $(`${button.dataset.copy}-status`);
    const name = { 'eb-script': 'script snippet', 'eb-iframe': 'iframe snippet', 'eb-amp': 'AMP snippet' }[area.id];
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = `Copied the ${name}.`;
    } catch {
      area.select();
      status.textContent = `Could not copy: the ${name} is selected; copy it with your keyboard.`;
    }
  });
});
for (const control of controls) {
  control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', update);
  control.disabled = false; // disabled in the page until the wasm has loaded
}
$('eb-form').addEventListener('submit', (e) => e.preventDefault());
update();
