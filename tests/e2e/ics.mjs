// The calendar files a reader downloads, for every region × role, parsed by an independent
// iCalendar parser (Mozilla's ical.js, pinned in tools/package-lock.json). Issue #4.
// Run by scripts/test; alone: `node tests/e2e/ics.mjs` (it runs `cargo run --example ics`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ICAL = createRequire(join(root, 'tools/package.json'))('ical.js');
const dir = join(root, 'target/ics');
rmSync(dir, { recursive: true, force: true });
execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'ics', '--', dir, '2026-11-24'], { cwd: root, stdio: 'inherit' });

// Days per region from the fact sheet (section 1): England's regions 8, Wales 5, none elsewhere.
const expectedDays = (region) => (region === 'wales' ? 5 : ['scotland', 'northern-ireland'].includes(region) ? 0 : 8);
const failures = [];
let files = 0;
let events = 0;
for (const name of readdirSync(dir).sort()) {
  const [region, role] = name.replace('.ics', '').split('--');
  const text = readFileSync(join(dir, name), 'utf8');
  const fail = (msg) => failures.push(`${name}: ${msg}`);
  files += 1;
  for (const physical of text.split('\r\n')) {
    if (Buffer.byteLength(physical) > 75) fail(`a line of ${Buffer.byteLength(physical)} octets`);
  }
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) fail('lines must end with CRLF');
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    fail(`does not parse: ${e}`);
    continue;
  }
  if (calendar.getFirstPropertyValue('version') !== '2.0' || !calendar.getFirstPropertyValue('prodid')) fail('no VERSION 2.0 or PRODID');
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== expectedDays(region)) fail(`${vevents.length} events, expected ${expectedDays(region)}`);
  const uids = new Set();
  for (const v of vevents) {
    events += 1;
    const e = new ICAL.Event(v);
    const start = v.getFirstPropertyValue('dtstart');
    const end = v.getFirstPropertyValue('dtend');
    if (!start?.isDate || !end?.isDate) fail(`${e.uid}: not an all-day event`);
    else if (end.toJSDate() - start.toJSDate() !== 86400000) fail(`${e.uid}: does not last one day`);
    if (!e.uid || uids.has(e.uid)) fail(`missing or repeated UID ${e.uid}`);
    uids.add(e.uid);
    const stamp = v.getFirstPropertyValue('dtstamp');
    if (!stamp || stamp.isDate || stamp.zone?.tzid !== 'UTC') fail(`${e.uid}: DTSTAMP must be a UTC date-time`);
    if (!e.summary?.includes(region === 'wales' ? 'Wales' : '')) fail(`${e.uid}: summary ${e.summary}`);
    const description = e.description ?? '';
    if (!/https:\/\/\S+/.test(description)) fail(`${e.uid}: no source link in the description`);
    // Escaped text must come back exactly: commas and semicolons survive the round trip.
    if (description.includes('\\,') || description.includes('\\;')) fail(`${e.uid}: escapes leaked into the text`);
    if (!['CONFIRMED', 'CANCELLED', 'TENTATIVE'].includes(v.getFirstPropertyValue('status'))) fail(`${e.uid}: status`);
  }
  // What it means for the reader's role reaches the calendar: on 1 February in Wales, the closures.
  if (region === 'wales' && role === 'parent') {
    const first = vevents.map((v) => new ICAL.Event(v)).find((e) => e.startDate.toString() === '2023-02-01');
    if (!first?.description.includes('On 1 February, about 40% of Wales\'s roughly 1,500 schools closed')) fail('the day note is missing from 1 February');
    const moved = vevents.find((v) => v.getFirstPropertyValue('dtstart').toString() === '2023-02-14');
    if (moved?.getFirstPropertyValue('status') !== 'CANCELLED') fail('the postponed 14 February should be CANCELLED');
    // Issue #9: the history lists each step with its own date, not the last step's citation.
    const history = moved && new ICAL.Event(moved).description.split('How this day unfolded')[1];
    for (const step of ['16 January 2023: Planned.', '9 February 2023: Postponed to 2 March 2023.']) {
      if (!history?.includes(step)) fail(`14 February's history lacks "${step}"`);
    }
    // Issue #19: 14 February was put off once; 15 February confirmed 2 March, a day of its own.
    if (history?.includes('15 February 2023')) fail('14 February\'s history still says it was postponed again on 15 February');
  }
  // Issue #9: what the call said to the reader's own group, worded exactly.
  const said = { 'support-staff': region === 'wales' ? 'Only NEU members in your group were asked to strike.' : 'Your group was not asked to strike.',
    'teacher-no-union': 'Your group was not asked to strike, but could lawfully join the strike.' }[role];
  if (said && vevents.some((v) => !new ICAL.Event(v).description.includes(said))) fail(`an event does not say "${said}"`);
  if (['parent', 'pupil', 'public'].includes(role) && vevents.some((v) => /Your group|your group/.test(new ICAL.Event(v).description))) fail('a parent, pupil or member of the public is told about "your group"');
}
// 12 regions × 10 roles (issue #9 split sixth-form college staff in two).
if (files !== 12 * 10) failures.push(`${files} files, expected ${12 * 10}`);
if (failures.length) {
  console.error(`calendars: ${failures.length} failure(s)\n  ${failures.slice(0, 30).join('\n  ')}`);
  process.exit(1);
}
console.log(`calendars: ${files} files, ${events} events parsed by ical.js, all valid`);
