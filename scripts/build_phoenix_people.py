"""Build data/actors/people_phoenix.tsv from PETRARCH2's Phoenix actor dictionaries.

Keeps the people entries (those the Phoenix file marks as coming from CountryInfo.txt) with
their dated role codes, e.g. BILL_CLINTON_ [USAGOV 930120-010120] → Bill Clinton, USA, GOV,
1993-01-20, 2001-01-20. Titles in aliases ("PRESIDENT_CLINTON") are dropped: eventwire learns
titles from the article. Source: openeventdata/petrarch2 @ 676801c, MIT licence (notice kept in
the output header).

    python scripts/build_phoenix_people.py \
        ../shared/reference/petrarch2/Phoenix.Countries.actors.txt \
        ../shared/reference/petrarch2/Phoenix.International.actors.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/actors/people_phoenix.tsv"
QUIRKS = Path(__file__).resolve().parents[1] / "src/eventwire/data/actors/cameo_quirks.tsv"
TITLE_WORDS = set("""PRESIDENT MR MRS MS DR SECRETARY MINISTER PRIME GENERAL GEN KING QUEEN PRINCE
SHEIKH SHEIK AMBASSADOR SENATOR SEN REP CHANCELLOR LEADER CHAIRMAN ADMINISTRATION GOVERNMENT
THE US U.S. AMERICAN BRITISH FRENCH RUSSIAN CHINESE FORMER VICE DEPUTY FOREIGN DEFENSE DEFENCE
STATE OF COLONEL COL ADMIRAL MARSHAL EMIR AMIR AYATOLLAH POPE CARDINAL GOVERNOR GOV
MAYOR""".split())
PERSON_MARKS = ("CountryInfo.txt", "rulers.txt", "# Prime Ministers", "# Secretary of State")
ROLE = re.compile(r"\[([A-Z]{3})([A-Z]{3})?\s*([^\]]*)\]")
HEADER = """\
# people_phoenix.tsv: people with dated roles, derived from PETRARCH2 Phoenix.Countries and
# Phoenix.International actor files
# (openeventdata/petrarch2 @ 676801c). MIT License, Copyright (c) 2014 Open Event Data Alliance:
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files, to deal in the Software without restriction (full text in
# the PETRARCH2 LICENSE). Regenerate with scripts/build_phoenix_people.py. Roles are dated
# ~1945-2018; people.yaml (curated, current) overrides entries with the same name.
"""


def pretty(token: str) -> str:
    words = token.strip("_+ ").replace("_", " ").split()
    return " ".join(w if w in ("al", "bin", "ibn", "van", "von", "de") else
                    "-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in
                    (x.lower() if x in ("AL", "BIN", "IBN", "VAN", "VON", "DE") else x
                     for x in words))


def day(text: str) -> str:
    text = text.strip()
    if len(text) == 6:
        century = "20" if int(text[:2]) <= 25 else "19"  # Phoenix roles end by 2018
        text = century + text
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if len(text) == 8 else ""


def span(dates: str) -> tuple[str, str]:
    dates = dates.strip()
    if dates.startswith(">"):
        return day(dates[1:]), ""
    if dates.startswith("<"):
        return "", day(dates[1:])
    if "-" in dates:
        start, end = dates.split("-", 1)
        return day(start), day(end)
    return "", ""


def quirks() -> dict[str, str]:
    """CAMEO code → ISO country; "" for codes that are not countries (IGO, NGO, regions)."""
    rows = [line.split("\t") for line in QUIRKS.read_text().splitlines()
            if line and not line.startswith("#")]
    return {r[0]: (r[1] if len(r[1]) == 3 else "") for r in rows[1:] if len(r) > 1}


def entries(lines: list[str]):  # type: ignore[no-untyped-def]
    current = None
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        if not line[0].isspace() and not line.startswith("+"):
            if current:
                yield current
            current = {"name": line.split("#")[0].split("[")[0], "aliases": [], "roles": [],
                       "person": False}
        elif current and line.startswith("+"):
            current["aliases"].append(line[1:].split("#")[0].strip())
        if current:
            current["roles"] += ROLE.findall(line)
            current["person"] |= any(mark in line for mark in PERSON_MARKS)
    if current:
        yield current


def row(entry: dict, fix: dict[str, str]) -> str | None:
    roles = []
    for country, sector, dates in entry["roles"]:
        if not sector or not dates.strip():
            continue
        start, end = span(dates)
        iso = fix.get(country, country)
        if not iso:  # IGOUNO: an international post, not a country
            iso, sector = "", country
        roles.append(f"{iso},{sector},{start},{end}")
    if not roles:
        return None
    aliases = [pretty(a) for a in entry["aliases"]
               if len(a.strip("_").split("_")) > 1
               and not set(re.split(r"[_-]", a.strip("_"))) & TITLE_WORDS]
    return "\t".join([pretty(entry["name"]), "|".join(dict.fromkeys(aliases)), ";".join(roles)])


def main() -> None:
    lines = [line for path in sys.argv[1:]
             for line in Path(path).read_text("utf-8", errors="replace").splitlines()]
    fix = quirks()
    rows = [r for e in entries(lines) if e["person"] for r in [row(e, fix)] if r]
    OUT.write_text(HEADER + "name\taliases\troles\n" + "\n".join(sorted(set(rows))) + "\n", "utf-8")
    print(f"{len(rows)} people → {OUT}")


if __name__ == "__main__":
    main()
