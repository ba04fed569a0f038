"""Convert the verb synonym sets of PETRARCH2's CAMEO.2.0.txt into eventwire trigger entries.

    python scripts/build_cameo_triggers.py [CAMEO.2.0.txt] [OUT.yaml]

Defaults: ``../shared/reference/petrarch2/CAMEO.2.0.txt`` →
``src/eventwire/data/triggers/cameo.yaml``. The loader reads that file before the hand-built
``triggers.yaml``, so a hand-built entry with the same key always wins.

What is converted (see ``data/triggers/README.md``, "Generated entries"):
- each synonym verb of a verb block ("KILL", "MURDER [190]", "+WIPE_OUT") with its own code or
  the block's code; two-word forms only when the second word is a particle or preposition;
- only codes of deeds that a verb alone states safely (:data:`SAFE_PREFIXES`): statements,
  appeals, intents, demands, rejections and threats need the governor patterns of the hand
  lexicon and are skipped; the vague defaults of broad blocks keep only the verbs listed in
  :data:`VAGUE`;
- simple object patterns of a converted verb ("- * CURFEW [1723]") become its ``objects``;
- ambiguous verbs (:data:`DENY`) and verbs the hand lexicon already has are left out.
Every generated verb needs a target actor unless its code is one where the target is often
left open (protests, force posture, violence): :data:`OPEN_TARGET_PREFIXES`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "data" / "triggers" / "cameo.yaml"
HAND = ROOT / "src" / "eventwire" / "data" / "triggers.yaml"
ONTOLOGY = ROOT / "src" / "eventwire" / "data" / "ontology" / "cameo.tsv"

SAFE_PREFIXES = ("04", "05", "06", "07", "08", "09", "11", "14", "15", "16", "17", "18",
                 "19", "20")
# The default codes of broad blocks ("190": KILL, DIE, DESTROY, POUND …) are too vague to code
# from a verb alone: only the verbs listed here keep them.
VAGUE: dict[str, set[str]] = {
    "040": set(), "050": set(), "060": set(), "070": set(), "090": set(), "140": set(),
    "160": set(),
    "080": {"capitulate", "cede", "relinquish", "back down", "give in", "surrender", "accede",
            "waive"},
    "110": {"decry", "oppose"},
    "150": {"muster", "marshal", "call up"},
    "170": {"blackmail", "compel", "repress", "subdue", "quell", "cordon off", "crackdown",
            "incarcerate", "penalize", "punish", "ostracize", "ostracise"},
    "180": {"abuse", "bludgeon", "flog", "mistreat", "terrorize", "whip", "strangle"},
    "190": {"annihilate", "assail", "assault", "battle", "blitz", "bombard", "clash", "combat",
            "decimate", "devastate", "obliterate", "pillage", "plunder", "ransack", "ravage",
            "raze", "repel", "repulse", "retaliate", "skirmish", "shoot down", "snipe", "storm",
            "wipe out", "pelt", "slay", "behead", "decapitate", "murder", "string up"},
}
OPEN_TARGET_PREFIXES = ("14", "15", "18", "19", "20")
PARTICLES = {"up", "down", "out", "off", "on", "in", "back", "over", "away", "with", "to",
             "against", "into", "at", "for", "from"}
# Verbs of specific codes that are events only in some senses (or wrongly listed forms).
DENY = {
    "call", "attend", "convene", "admire", "affirm", "bless", "celebrate", "cheer", "clap",
    "commemorate", "embolden", "encourage", "enliven", "esteem", "exalt", "galvanize", "glorify",
    "inspire", "invigorate", "legitimise", "legitimize", "prefer", "prize", "reassert",
    "reassure", "recognise", "respect", "revitalize", "reward", "rouse", "sanctify", "spur",
    "toast", "value", "favor", "favour", "honor", "honour", "appreciate", "greet", "formalize",
    "forgave", "forgiven", "buy", "import", "invest", "pay for", "purchase", "sponsor",
    "attire", "equip", "furnish", "gear", "outfit", "render", "stock", "tender", "guard",
    "protect", "safeguard", "shield", "tend", "ward", "shelter", "absolve", "acquit",
    "declassify", "decriminalise", "decriminalize", "exculpate", "exonerate", "legalise",
    "legalize", "vindicate", "abhor", "brand", "chasten", "crucify", "dress down", "impugn",
    "jeer", "lecture", "remonstrate", "reprobate", "savage", "scoff", "snub", "secede",
    "appropriate", "catch", "extract", "grab", "nab", "overturn", "pirate", "pluck", "pull",
    "revolutionise", "revolutionize", "snatch", "steal", "subvert", "take", "take over",
    "bar", "fine", "sentence", "tax", "confine", "beef up", "remove", "oust", "dishonor",
    "dishonour", "explode", "infest", "inhabit", "reside", "broker", "affect",
}


def synonym_lines(text: str) -> Iterator[tuple[str, str | None, str | None]]:
    """(verb form, its own code or None, the block code or None) for every synonym line."""
    block: str | None = None
    for line in text.splitlines():
        if line.startswith("---"):
            match = re.search(r"\[([0-9]{2,4}|---)(?::[0-9]*)?\]", line)
            block = match.group(1) if match and match.group(1) != "---" else None
            continue
        if not line or line[0] in "-#&\t " or block is None and "[" not in line:
            continue
        word = line.split()[0]
        own = re.search(r"\[([0-9]{2,4}|---)(?::[0-9]*)?\]", line.split("#")[0])
        if own and own.group(1) == "---":
            continue
        yield word, own.group(1) if own else None, block


def object_patterns(text: str) -> dict[str, dict[str, str]]:
    """{verb lemma: {object lemma: code}} from patterns like "- * CURFEW  [1723]  # IMPOSE"."""
    out: dict[str, dict[str, str]] = {}
    pattern = re.compile(r"^- \* ([A-Z]+)\s+\[([0-9]{2,4})(?::[0-9]*)?\]\s*#\s*([A-Z_]+)")
    for line in text.splitlines():
        match = pattern.match(line)
        if match:
            obj, code, verb = match.groups()
            out.setdefault(verb.lower(), {})[singular(obj.lower())] = code
    return out


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def key_of(word: str) -> str | None:
    """"KILL" → "kill", "+WIPE_OUT" → "wipe out"; other multi-word forms → None."""
    parts = word.lstrip("+").lower().split("_")
    if word.startswith("+"):
        if len(parts) == 2 and parts[1] in PARTICLES and parts[0].isalpha():
            return " ".join(parts)
        return None
    return parts[0] if len(parts) == 1 and parts[0].isalpha() else None


def safe(code: str | None, known: set[str]) -> bool:
    return (code is not None and code in known and code.startswith(SAFE_PREFIXES)
            and code not in VAGUE)


def convert(text: str, hand: set[str], known: set[str]) -> dict[str, dict[str, object]]:
    objects = object_patterns(text)
    verbs: dict[str, dict[str, object]] = {}
    for word, own, block in synonym_lines(text):
        key = key_of(word)
        code = own or block
        if key is None or key in hand or key in verbs or key in DENY or key.split()[0] in DENY:
            continue
        if not (safe(code, known) or code in VAGUE and key in VAGUE[code] and code in known):
            continue
        assert code is not None
        entry: dict[str, object] = {"code": code}
        table = {o: c for o, c in objects.get(key.replace(" ", "_"), {}).items()
                 if safe(c, known) and o.isalpha() and c[:2] == code[:2]}
        if table:
            entry["objects"] = dict(sorted(table.items()))
        if not code.startswith(OPEN_TARGET_PREFIXES):
            entry["needs_target"] = True
        verbs[key] = entry
    return dict(sorted(verbs.items()))


def entry_line(item: tuple[str, dict[str, object]]) -> str:
    """One flow-style YAML line; codes quoted (they keep their leading zero)."""
    key, entry = item
    parts = [f'code: "{entry["code"]}"']
    objects = entry.get("objects")
    if isinstance(objects, dict):
        parts.append("objects: {" + ", ".join(f'{o}: "{c}"' for o, c in objects.items()) + "}")
    if entry.get("needs_target"):
        parts.append("needs_target: true")
    return f'  "{key}": {{{", ".join(parts)}}}\n'


def licence(text: str) -> str:
    start = text.index("# The MIT License")
    end = text.index("# LAST UPDATE")
    return text[start:end]


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else DEFAULT_IN
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    text = source.read_text(encoding="utf-8", errors="replace")
    hand = set((yaml.safe_load(HAND.read_text(encoding="utf-8")) or {}).get("verbs", {}))
    known = {line.split("\t")[0] for line in ONTOLOGY.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    verbs = convert(text, hand, known)
    header = ("# GENERATED by scripts/build_cameo_triggers.py from PETRARCH2's CAMEO.2.0.txt\n"
              "# (openeventdata/petrarch2 @ 676801c); do not edit: change the script or\n"
              "# override the entry in triggers.yaml. Format: data/triggers/README.md.\n#\n"
              "# Source notice:\n" + licence(text) + "\n")
    out.write_text(header + "version: 1\nverbs:\n" + "".join(map(entry_line, verbs.items())),
                   encoding="utf-8")
    print(f"{len(verbs)} verbs → {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
