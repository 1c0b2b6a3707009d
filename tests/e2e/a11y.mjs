// Accessibility of the demo page's widget (`dist/`, built by `trunk build --release`) in headless
// Chromium, issue #11:
//   1. axe-core (pinned in tools/package.json) over the page, the widget's open shadow root
//      included, in every language × light and dark × 320 and 1280 px × each state of STATES,
//      with the tags of TAGS. Any violation fails.
//   2. A keyboard-only walk: from the top of the page, Tab through the whole widget, on the way
//      choosing a place and a role, opening the calendar, a day from the calendar, a day's
//      disclosure and a footer disclosure from the keyboard (WALK_KEYS). Every stop must show a focus indicator (an
//      outline at least 2 px wide, with 3:1 contrast against what is behind it, that comes with
//      focus; or a box-shadow that comes with focus) that no `overflow` ancestor clips.
// Run by scripts/test; alone: `node tests/e2e/a11y.mjs` (after `trunk build --release --offline`);
// `A11Y_STOPS=1` also prints every keyboard stop with its focus style, `A11Y_REVIEW=1` what axe
// left for a person to review.
import { join } from 'node:path';
import { serveDist } from './dist.mjs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// ---- What is checked: edit here. ------------------------------------------------------------

// Each language the widget speaks (the placeholder's data-lang).
const LANGS = ['en', 'cy'];
const THEMES = ['light', 'dark']; // through prefers-color-scheme, as a reader's system sets it
const VIEWPORTS = [[320, 640], [1280, 900]];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ANSWERED = 'se-region=london&se-role=parent';

// Where things are, all in one place. Locators use roles, the widget's ids and structure, not the
// words of labels (which change), but for the Calendar button, found by its name.
const SEL = {
  host: '[data-strike-explainer]', // the placeholder: the shadow host
  root: '[data-strike-explainer] .se-root', // the widget, inside the shadow root
  ready: '[data-strike-explainer] .se-answer > *', // rendered
  answered: '[data-strike-explainer] .se-day', // a day of the answer is on screen
  headline: '.se-headline', // the answer's headline, there once an area is chosen
  placeSearch: 'input[role="combobox"]', // the place search (a <select> has no role attribute)
  suggestions: '[role="listbox"] [role="option"]',
  calendarButton: '.se-toggle__button:nth-child(2)', // the view toggle's Calendar button
  changeButton: '#se-where-change', // "Change" beside the chosen area
  calendarGrid: '[role="grid"]',
  calendarCell: '[role="grid"] [tabindex="0"]', // the one cell in the tab order
  dayRow: '.se-day',
  dayDisclosure: '.se-day details > summary', // "More about this day"
  footerDisclosure: '.se-footer details > summary', // the figures, every source: built when opened
  footerBody: '.se-footer details[open] :is(.se-figures, .se-source-list)',
  roleSelect: 'select#se-role', // "You are"
};

// The states axe checks, each from a fresh page (no remembered choice). `hash` is the URL
// fragment the page opens with; `act` brings the widget into the state through `w`, the widget.
const STATES = [
  { name: 'initial', hash: '', act: async () => {} },
  { name: 'answered', hash: ANSWERED, act: async () => {} },
  { name: 'calendar', hash: ANSWERED, act: async (w) => {
    await w.locator(SEL.calendarButton).click();
    await w.locator(SEL.calendarGrid).first().waitFor();
  } },
  { name: 'history open', hash: ANSWERED, act: async (w) => {
    await w.locator(SEL.dayDisclosure).first().click();
    await w.locator(`${SEL.dayRow} details[open]`).first().waitFor();
  } },
  { name: 'figures and sources open', hash: ANSWERED, act: async (w) => {
    for (const summary of await w.locator(SEL.footerDisclosure).all()) await summary.click();
    await w.locator('.se-source-list li').first().waitFor();
  } },
  { name: 'replay open', hash: ANSWERED, act: async (w) => {
    await w.locator('.se-replay > summary').click();
    await w.locator('.se-replay input[type=date]').waitFor();
  } },
  { name: 'suggestions open', hash: '', act: async (w) => {
    await w.locator(SEL.placeSearch).pressSequentially('Br');
    await w.locator(SEL.suggestions).first().waitFor();
  } },
];

// The keyboard walk starts on a fresh page with nothing chosen. When focus first reaches a stop
// matching `at` (run in the page on the focused element), `press` works it from the keyboard and
// `then` (in the page) checks that it did its work. Each happens once.
const WALK_KEYS = [
  { name: 'a place typed in the place search and its suggestion taken with ArrowDown and Enter',
    at: (el, sel) => el.matches(sel.placeSearch),
    press: async (page) => {
      await page.keyboard.type(WALK_PLACE);
      await page.locator(`${SEL.host} ${SEL.suggestions}`).first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    },
    // The search gives way to "School area: … · Change", and focus moves to "Change".
    then: (el, sel) => {
      const now = window.__walk.active();
      return !!now && now.matches(sel.changeButton) && !!now.getRootNode().querySelector(sel.headline);
    } },
  { name: 'a role chosen with ArrowDown on its select', at: (el, sel) => el.matches(sel.roleSelect),
    press: (page) => page.keyboard.press('ArrowDown'), then: (el) => el.value !== '' },
  { name: 'Space on the Calendar button opens the calendar',
    at: (el, sel) => el.matches(sel.calendarButton),
    press: (page) => page.keyboard.press('Space'),
    then: (el, sel) => !!el.getRootNode().querySelector(sel.calendarGrid) },
  // Issue #21: open, with focus on its summary.
  { name: 'Enter on a calendar day shows its row in the list, open',
    at: (el, sel) => el.matches(sel.calendarCell) && el.hasAttribute('data-status'),
    press: (page) => page.keyboard.press('Enter'),
    then: (el, sel) => { const now = window.__walk.active(); return !!now?.matches(sel.dayDisclosure) && now.parentElement.open; } },
  { name: 'Enter on "More about this day" opens it', at: (el, sel) => el.matches(sel.dayDisclosure) && !el.parentElement.open,
    press: (page) => page.keyboard.press('Enter'), then: (el) => el.parentElement.open },
  { name: 'Enter on a footer disclosure opens it, built', at: (el, sel) => el.matches(sel.footerDisclosure),
    press: (page) => page.keyboard.press('Enter'),
    then: (el, sel) => el.parentElement.open && !!el.getRootNode().querySelector(sel.footerBody) },
];
const WALK_PLACE = 'Leeds'; // a place whose region has strike days to show on the calendar
const MAX_TABS = 600;

// ---- The run. -------------------------------------------------------------------------------

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core');
const axeVersion = require('axe-core/package.json').version;

const dist = join(root, 'dist');
// dist/, as demo.mjs serves it, but the page's placeholder gets `data-lang` from `?lang=`.
const server = await serveDist(dist, {
  page: (html, url) => {
    const lang = url.searchParams.get('lang');
    return lang ? html.replace('<div data-strike-explainer', `<div data-strike-explainer data-lang="${lang.replace(/[^a-z-]/g, '')}"`) : html;
  },
});
const base = server.url;
const pageUrl = (lang, hash) => `${base}?lang=${lang}${hash ? `#${hash}` : ''}`;

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const failures = [];
const violations = new Map(); // one entry per rule and element, with the runs that found it
const stopFailures = new Map(); // the same for keyboard stops

/** A fresh page (its own context: nothing remembered) at this size and colour scheme. */
async function open(lang, [width, height], theme, hash) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme });
  page.setDefaultTimeout(10_000); // a control not found (renamed, moved) fails soon, with its selector
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageUrl(lang, hash));
  await page.locator(SEL.ready).first().waitFor();
  if (hash) await page.locator(SEL.answered).first().waitFor();
  // The widget took the theme asked for (its background is light or dark).
  const bg = await page.locator(SEL.root).evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = bg.match(/\d+(\.\d+)?/g).map(Number);
  if ((theme === 'dark') !== (r + g + b < 3 * 128)) failures.push(`${lang} ${theme} ${width}px: the widget's background is ${bg}`);
  return { page, widget: page.locator(SEL.root), errors };
}

/** A Playwright error in one line, with the locator it waited for. */
const brief = (e) => String(e.message).replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l, i) => i === 0 || /waiting for/.test(l)).map((l) => l.trim()).join(' ');

/** axe's target of a node, the shadow hosts on its way joined by " >>> ". */
const targetText = (target) => target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
const inShadow = (node) => node.target.some(Array.isArray);

let axeRuns = 0;
try {
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const viewport of VIEWPORTS) {
        for (const state of STATES) {
          const label = `${lang} ${theme.padEnd(5)} ${String(viewport[0]).padStart(4)}px ${state.name}`;
          const { page, widget, errors } = await open(lang, viewport, theme, state.hash);
          let results;
          try {
            await state.act(widget, page);
            await page.addScriptTag({ path: axePath });
            results = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values } }), TAGS);
          } catch (e) {
            failures.push(`${label}: could not reach the state or run axe: ${brief(e)}`);
            await page.close();
            continue;
          }
          axeRuns += 1;
          // axe must have looked inside the shadow root, or a clean result means nothing.
          const shadowNodes = new Set([...results.passes, ...results.violations, ...results.incomplete]
            .flatMap((r) => r.nodes).filter(inShadow).map((n) => targetText(n.target))).size;
          const count = results.violations.reduce((n, v) => n + v.nodes.length, 0);
          console.log(`${label}: ${count} violation(s) of ${results.violations.length} rule(s); ${shadowNodes} elements of the shadow root checked; ${results.incomplete.length} rule(s) for a person to review (${results.incomplete.map((r) => r.id).join(', ') || 'none'})`);
          // A11Y_REVIEW=1 prints what axe could not decide, for a person to look at.
          if (process.env.A11Y_REVIEW) for (const r of results.incomplete) for (const n of r.nodes) console.log(`  to review: ${r.id} at ${targetText(n.target)}: ${n.any.concat(n.all, n.none).map((c) => c.message).join(' ')}`);
          if (shadowNodes === 0) failures.push(`${label}: axe found no element inside the widget's shadow root`);
          for (const v of results.violations) {
            for (const n of v.nodes) {
              const key = `${v.id} (${n.impact ?? v.impact}) at ${targetText(n.target)}${inShadow(n) ? '' : ' [the demo page, outside the widget]'}: ${v.help}`;
              const why = [...n.any, ...n.all, ...n.none].map((c) => c.message).join(' ');
              if (!violations.has(key)) violations.set(key, { html: n.html, why, seen: [] });
              violations.get(key).seen.push({ lang, theme, width: viewport[0], state: state.name });
            }
          }
          if (errors.length) failures.push(`${label}: page errors: ${errors.join(' | ')}`);
          await page.close();
        }
      }
    }
  }

  // The keyboard walk, at each width in each theme and language.
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const viewport of VIEWPORTS) {
        const label = `${lang} ${theme.padEnd(5)} ${String(viewport[0]).padStart(4)}px keyboard`;
        const { page } = await open(lang, viewport, theme, '');
        const walk = await keyboardWalk(page);
        const bad = walk.stops.filter((s) => s.problems.length);
        // A11Y_STOPS=1 prints every stop with its focus style.
        if (process.env.A11Y_STOPS) for (const s of walk.stops) console.log(`  ${s.n} ${s.what}: outline ${s.style.outlineStyle} ${s.style.outlineWidth} ${s.style.outlineColor} (${s.style.outlineContrast.toFixed(1)}:1 on ${s.style.behind}), box-shadow ${s.style.boxShadow}${s.problems.length ? ` -- ${s.problems.join('; ')}` : ''}`);
        console.log(`${label}: ${walk.stops.length} stops in the widget, ${bad.length} without a visible, unclipped focus indicator; keys: ${walk.keys.map((k) => `${k.name}: ${k.ok ? 'yes' : 'NO'}`).join('; ')}`);
        for (const s of bad) {
          const key = `${s.what}: ${s.problems.join('; ')}`;
          if (!stopFailures.has(key)) stopFailures.set(key, { stops: new Set(), seen: new Map() });
          stopFailures.get(key).stops.add(s.n);
          stopFailures.get(key).seen.set(label, { lang, theme, width: viewport[0], state: 'keyboard walk' });
        }
        for (const k of walk.keys) if (!k.ok) failures.push(`${label}: ${k.name}: ${k.error ?? (k.reached ? 'the key did not do it' : 'no such stop was reached')}`);
        if (!walk.left) failures.push(`${label}: focus did not leave the widget after ${MAX_TABS} Tabs (a trap?)`);
        await page.close();
      }
    }
  }
  // Forced colours: the pressed List/Calendar button still looks pressed. Print: the answer
  // prints, the controls do not (issue #11).
  {
    const { page, widget } = await open('en', [1280, 900], 'light', 'se-region=london&se-role=parent');
    await page.emulateMedia({ forcedColors: 'active' });
    const looks = await widget.locator('.se-toggle__button').evaluateAll((bs) => bs.map((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color}`));
    if (looks.length !== 2 || looks[0] === looks[1]) failures.push(`forced colours: the pressed and unpressed view buttons look the same (${looks.join(' / ')})`);
    await page.emulateMedia({ forcedColors: 'none', media: 'print' });
    const printed = await widget.evaluate((root) => {
      const shown = (s) => [...root.querySelectorAll(s)].some((el) => el.getClientRects().length > 0);
      return { controls: ['.se-where', '.se-controls', '.se-toggle', '.se-share', '.se-replay'].filter(shown), answer: shown('.se-headline') && shown('.se-day') };
    });
    if (printed.controls.length || !printed.answer) failures.push(`print: controls shown ${printed.controls.join(', ') || 'none'}, answer shown ${printed.answer}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

/** Tabs from the top of the page until focus has been through the widget and left it. */
async function keyboardWalk(page) {
  await page.evaluate((sel) => {
    // Helpers kept in the page for the whole walk.
    const host = document.querySelector(sel.host);
    window.__walk = { els: [] };
    window.__walk.active = () => {
      if (document.activeElement !== host) return null;
      let a = host.shadowRoot.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    };
  }, SEL);
  await page.evaluate(() => document.activeElement?.blur());
  const stops = [];
  const keys = WALK_KEYS.map((k) => ({ name: k.name, reached: false, ok: false, error: null }));
  let entered = false;
  let left = false;
  let last = null;
  const record = async () => {
    const info = await page.evaluate(inspectFocused);
    if (!info) return false;
    if (info.index !== last) stops.push({ n: stops.length + 1, ...info });
    last = info.index;
    return true;
  };
  for (let tab = 0; tab < MAX_TABS; tab++) {
    await page.keyboard.press('Tab');
    const inside = await record();
    if (!inside) {
      if (entered) { left = true; break; }
      continue;
    }
    entered = true;
    // A key to press here?
    for (const [i, k] of WALK_KEYS.entries()) {
      if (keys[i].reached) continue;
      const here = await page.evaluate(([at, sel]) => {
        const el = window.__walk.active();
        return !!el && new Function('el', 'sel', `return (${at})(el, sel);`)(el, sel);
      }, [String(k.at), SEL]);
      if (!here) continue;
      keys[i].reached = true;
      await page.evaluate(() => { window.__walk.keyed = window.__walk.active(); });
      try {
        await k.press(page);
      } catch (e) {
        keys[i].error = brief(e);
      }
      // Until the key has done its work (the row gets focus a frame later), or two seconds.
      keys[i].ok = await page.waitForFunction(([then, sel]) => new Function('el', 'sel', `return (${then})(el, sel);`)(window.__walk.keyed, sel), [String(k.then), SEL], { timeout: 2000 })
        .then(() => true, () => false);
      await record(); // focus may have moved (to the day's row)
    }
  }
  // Every stop again, now without focus: did the indicator come with focus?
  const unfocused = await page.evaluate(() => window.__walk.els.map((el) => {
    if (!el.isConnected) return null;
    const cs = getComputedStyle(el);
    return { outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, shadow: cs.boxShadow };
  }));
  for (const s of stops) {
    const before = unfocused[s.index];
    const f = s.style;
    const outline = f.outlineStyle !== 'none' && parseFloat(f.outlineWidth) >= 2 && f.outlineContrast >= 3;
    const outlineChanged = !before || before.outline !== `${f.outlineStyle} ${f.outlineWidth} ${f.outlineColor}`;
    const shadow = f.boxShadow !== 'none' && (!before || before.shadow !== f.boxShadow);
    if (!((outline && outlineChanged) || shadow)) {
      const why = f.outlineStyle === 'none' || parseFloat(f.outlineWidth) === 0 ? 'no outline or box-shadow with focus'
        : !outlineChanged ? `the same outline without focus (${before.outline})`
          : `outline ${f.outlineStyle} ${f.outlineWidth} ${f.outlineColor}, contrast ${f.outlineContrast.toFixed(2)}:1 against ${f.behind} (want ≥ 2px and ≥ 3:1)`;
      s.problems.unshift(why);
    }
  }
  return { stops, keys, left };
}

/** In the page: the focused element inside the widget, its focus styles and any clipping. */
function inspectFocused() {
  const el = window.__walk.active();
  if (!el) return null;
  let index = window.__walk.els.indexOf(el);
  if (index < 0) index = window.__walk.els.push(el) - 1;
  const cs = getComputedStyle(el);
  const px = (v) => parseFloat(v) || 0;
  // What is behind the element: the first ancestor (through shadow roots) with a background.
  const parentOf = (n) => n.parentElement ?? n.getRootNode().host ?? null;
  let behind = 'rgb(255, 255, 255)';
  for (let a = parentOf(el); a; a = parentOf(a)) {
    const bg = getComputedStyle(a).backgroundColor;
    if (bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) { behind = bg; break; }
  }
  const rgb = (c) => (c.match(/[\d.]+/g) ?? [0, 0, 0]).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [l1, l2] = [lum(rgb(cs.outlineColor)), lum(rgb(behind))].sort((x, y) => y - x);
  const style = { outlineStyle: cs.outlineStyle, outlineWidth: cs.outlineWidth, outlineColor: cs.outlineColor,
    boxShadow: cs.boxShadow, outlineContrast: (l1 + 0.05) / (l2 + 0.05), behind };

  const problems = [];
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) problems.push(`it is ${r.width}×${r.height} px`);
  if (cs.visibility !== 'visible') problems.push(`visibility: ${cs.visibility}`);
  // The ring: the outline outside the border box (or 2 px of box-shadow).
  const out = cs.outlineStyle !== 'none' ? Math.max(0, px(cs.outlineOffset) + px(cs.outlineWidth)) : cs.boxShadow !== 'none' ? 2 : 0;
  const ring = { left: r.left - out, top: r.top - out, right: r.right + out, bottom: r.bottom + out };
  const describe = (n) => `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList?.length ? `.${[...n.classList].join('.')}` : ''}`;
  for (let a = parentOf(el); a && a !== document.documentElement && a !== document.body; a = parentOf(a)) {
    const s = getComputedStyle(a);
    if (s.clip !== 'auto' && s.position === 'absolute') problems.push(`clipped by clip: ${s.clip} on ${describe(a)}`);
    const clipX = s.overflowX !== 'visible';
    const clipY = s.overflowY !== 'visible';
    if (!clipX && !clipY) continue;
    const b = a.getBoundingClientRect();
    const box = { left: b.left + px(s.borderLeftWidth), top: b.top + px(s.borderTopWidth), right: b.right - px(s.borderRightWidth), bottom: b.bottom - px(s.borderBottomWidth) };
    const cut = [];
    if (clipX && ring.left < box.left - 0.5) cut.push(`left ${(box.left - ring.left).toFixed(1)}px`);
    if (clipX && ring.right > box.right + 0.5) cut.push(`right ${(ring.right - box.right).toFixed(1)}px`);
    if (clipY && ring.top < box.top - 0.5) cut.push(`top ${(box.top - ring.top).toFixed(1)}px`);
    if (clipY && ring.bottom > box.bottom + 0.5) cut.push(`bottom ${(ring.bottom - box.bottom).toFixed(1)}px`);
    const hidden = r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
    if (hidden) problems.push(`out of sight inside ${describe(a)} (overflow: ${s.overflowX} ${s.overflowY})`);
    else if (cut.length) problems.push(`focus ring clipped by overflow: ${s.overflowX === s.overflowY ? s.overflowX : `${s.overflowX} ${s.overflowY}`} on ${describe(a)} (${cut.join(', ')})`);
  }
  const name = (el.getAttribute('aria-label') || el.textContent || el.value || el.getAttribute('placeholder') || '').replace(/\s+/g, ' ').trim();
  const what = `${describe(el)}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name.length > 50 ? `${name.slice(0, 50)}…` : name}"`;
  return { index, what, style, problems };
}

/** Where a problem was seen, compactly: "in all 20 runs" or the languages, themes, widths and states. */
function where(seen, runs, noun = 'runs') {
  if (seen.length === runs) return `in all ${runs} ${noun}`;
  const set = (k) => [...new Set(seen.map((x) => x[k]))].join(', ');
  return `in ${seen.length} of ${runs} ${noun}: ${set('lang')}; ${set('theme')}; ${set('width')}px; ${set('state')}`;
}
const cut = (text, n) => (text.length > n ? `${text.slice(0, n)}…` : text);
for (const [key, v] of violations) failures.push(`axe ${key}\n      ${where(v.seen, axeRuns)}\n      ${cut(v.why, 200)}\n      ${cut(v.html, 160)}`);
const walks = LANGS.length * THEMES.length * VIEWPORTS.length;
for (const [key, v] of stopFailures) failures.push(`keyboard stop ${[...v.stops].join(', ')}, ${key}\n      ${where([...v.seen.values()], walks, 'walks')}`);

const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (failures.length) {
  console.error(`accessibility: ${failures.length} distinct failure(s) (axe-core ${axeVersion}, ${axeRuns} runs, ${walks} keyboard walks; ${seconds}s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`accessibility: no axe-core ${axeVersion} violations in ${axeRuns} runs (${LANGS.join(', ')} × ${THEMES.join(', ')} × ${VIEWPORTS.map(([w]) => `${w}px`).join(', ')} × ${STATES.map((s) => s.name).join(', ')}; tags ${TAGS.join(', ')}); every stop of ${walks} keyboard walks shows an unclipped focus indicator (${seconds}s)`);
