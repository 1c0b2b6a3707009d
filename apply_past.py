#!/usr/bin/env python3
"""Insert the past-tense wordings of PAST.json into data/neu-2023.json.

Each entry of PAST.json is {"text": <a note's exact current text>, "past": <its past wording>}.
For each, the one note line of the data file whose "text" is exactly that string gets
`"past": "…"` right after its `"text": "…"`. The file keeps one note per line; nothing else
changes. Fails (exit 1, writing nothing) when a text matches no note line or more than one,
or when that note already has a "past".

Usage: python3 apply_past.py [PAST.json] [data/neu-2023.json]
"""

import json
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
past_path = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "PAST.json"
data_path = Path(sys.argv[2]) if len(sys.argv) > 2 else here / "data" / "neu-2023.json"

entries = json.loads(past_path.read_text(encoding="utf-8"))
lines = data_path.read_text(encoding="utf-8").split("\n")

# The note lines: those between `"notes": [` and the line closing that array.
try:
    start = next(i for i, l in enumerate(lines) if l.strip() == '"notes": [')
except StopIteration:
    sys.exit(f"{data_path}: no \"notes\": [ line")
end = next(i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("]"))

errors = []
for n, entry in enumerate(entries):
    text, past = entry["text"], entry["past"]
    needle = '"text": ' + json.dumps(text, ensure_ascii=False)
    hits = [i for i in range(start + 1, end) if needle + "," in lines[i] or needle + " }" in lines[i]]
    if len(hits) != 1:
        errors.append(f"PAST.json[{n}]: {len(hits)} notes have the text {text!r}")
        continue
    i = hits[0]
    if '"past":' in lines[i]:
        errors.append(f"PAST.json[{n}]: the note already has a past: {text!r}")
        continue
    lines[i] = lines[i].replace(needle, needle + ', "past": ' + json.dumps(past, ensure_ascii=False), 1)

if errors:
    sys.exit("apply_past.py: nothing written.\n" + "\n".join(errors))

out = "\n".join(lines)
json.loads(out)  # still valid JSON
data_path.write_text(out, encoding="utf-8")
print(f"{data_path}: {len(entries)} past wordings inserted")
