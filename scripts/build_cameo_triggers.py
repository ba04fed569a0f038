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

The whole dictionary (every verb block, every synonym, every phrase pattern, every noun
synset, every code) is converted into dependency-parse patterns in
``src/eventwire/data/triggers/cameo_patterns.json`` (:func:`pattern_dictionary`; format and
what could not be converted: ``data/triggers/README.md``, "The PETRARCH2 pattern
dictionary"). Nouns that the dictionary codes as the object of a support verb ("stage a
DEMONSTRATION", "impose SANCTIONS", "launch an AIR STRIKE") become noun entries of
``cameo.yaml`` (:func:`event_nouns`), so "sanctions on", "air strikes on" and "a truce
between" code as systematically as the verbs.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "reference" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "data" / "triggers" / "cameo.yaml"
PATTERNS_OUT = DEFAULT_OUT.with_name("cameo_patterns.json")
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
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
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


# ---------------------------------------------------------------------------------------
# The whole dictionary as dependency patterns
# ---------------------------------------------------------------------------------------

CODE_FIELD = re.compile(r"\[([0-9]*|---)(?::([0-9]*))?\]")
# Words that, right after the verb, are its particle rather than its object ("SET OFF",
# "PUT FORWARD", "CALL OFF").
PATTERN_PARTICLES = {"up", "down", "out", "off", "on", "in", "back", "over", "away", "forward",
                     "aside", "through", "together", "apart", "around", "ahead", "along"}
PREPOSITIONS = {"to", "from", "with", "against", "on", "in", "at", "for", "of", "into", "over",
                "by", "about", "under", "between", "among", "toward", "towards", "as", "through",
                "across", "near", "along", "behind", "before", "after", "within", "without",
                "upon", "onto", "amid", "despite", "during", "around", "outside", "inside",
                "beyond", "until", "like", "off", "out", "up", "down", "since", "above", "below",
                "per", "via", "beside", "besides", "except", "unlike"}
# Support verbs: the dictionary codes the event by their object noun ("STAGE [PROTEST]").
SUPPORT_BLOCKS = {"ARRANGE", "MAKE", "MOUNT", "PERFORM", "SEND", "SIGN", "START", "UNDERTAKE",
                  "IMPOSE", "EXTEND", "GRANT", "ENGAGE", "HOLD", "LAUNCH", "CONDUCT", "ISSUE",
                  "DECLARE", "CARRY_OUT", "BEGIN", "OPEN", "PROVIDE", "GIVE", "DELIVER",
                  "ANNOUNCE", "ORGANIZE", "INITIATE", "ORDER"}
# Object nouns of support verbs that are not events themselves (people, places, things).
NOT_EVENT_NOUNS = {"it", "them", "him", "her", "himself", "themselves", "itself", "police",
                   "troop", "soldier", "force", "diplomat", "envoy", "delegation", "team",
                   "minister", "official", "letter", "message", "note", "fire", "money", "cash",
                   "weapon", "arm", "gun", "food", "rice", "wheat", "medicine", "supply",
                   "ship", "aircraft", "plane", "jet", "tank", "missile", "rocket", "bomb",
                   "bullet", "way", "time", "stand", "step", "effort", "one", "role", "place",
                   "point", "end", "record", "precedent", "case", "decision", "plan", "view",
                   "condition", "limit", "priority", "deadline", "guideline", "heat", "series",
                   "free", "return", "herself", "forward", "touch", "vote", "order",
                   "statement", "word", "call", "offer", "proposal", "request",
                   # places, documents and objects in the support-verb patterns
                   "prison", "penitentiary", "jail", "document", "train", "trade", "detail",
                   "control", "initiate", "volunteer", "guard", "presence", "export", "fund",
                   "grenade", "equipment", "thank", "honor", "session", "research", "search",
                   "reception", "bid", "attempt", "permission", "extension", "preparation",
                   "stop", "patrol", "analyse", "aggrement", "hunt", "custody",
                   # effort nouns: the event is what they are an effort of
                   "operation", "mission", "campaign", "drive", "process", "initiative"}


def word_key(word: str) -> str:
    """A pattern word as a lemma key: lower case, "_" → space, plurals singular."""
    word = word.strip("_").replace("_", " ").lower()
    if " " in word:
        return word
    return singular(word) if len(word) > 3 else word


def synsets(text: str) -> dict[str, list[str]]:
    """{"FOOD": ["food", "rice", ...]}: the noun synonym sets (``&NAME`` then ``+WORD``)."""
    out: dict[str, list[str]] = {}
    name: str | None = None
    for line in text.splitlines():
        if line.startswith("&"):
            name = line[1:].split()[0].rstrip("_")
            out[name] = []
        elif name and line.startswith("+"):
            member = word_key(line[1:].split("#")[0].split()[0])
            if member not in out[name]:
                out[name].append(member)
        elif not line.strip() or line.startswith("####"):
            name = None if line.startswith("####") else name
    return out


def element(word: str) -> str:
    """A pattern word: a lemma, or ``&NAME`` for a synset."""
    return "&" + word[1:].rstrip("_") if word.startswith("&") else word_key(word)


def groups(text: str) -> list[tuple[str, list[str]]]:
    """Pattern text → [(kind, words)]: kind "(" for a prepositional phrase, "{" for a
    multi-word noun phrase, "w" for a bare word."""
    out: list[tuple[str, list[str]]] = []
    for match in re.finditer(r"\(([^)]*)\)|\{([^}]*)\}|(\S+)", text):
        paren, brace, bare = match.groups()
        if paren is not None:
            words = re.sub(r"[{}]", " ", paren).split()
            out.append(("(", words))
        elif brace is not None:
            out.append(("{", brace.split()))
        else:
            out.append(("w", [bare]))
    return out


def noun_phrase(words: list[str]) -> dict[str, object] | None:
    """A noun phrase: its head (last word) and modifiers; role markers are kept apart."""
    plain = [w for w in words if w not in ("+", "$", "^", "%")]
    if not plain:
        return None
    phrase: dict[str, object] = {"head": element(plain[-1])}
    if plain[:-1]:
        phrase["mods"] = [element(w) for w in plain[:-1]]
    return phrase


def role_of(words: list[str]) -> str | None:
    return "target" if "+" in words else "source" if "$" in words else None


def parse_pattern(line: str, number: int) -> tuple[dict[str, object] | None, str | None]:
    """One "- PRE * POST [code] # VERB" line → (pattern, None) or (None, why not)."""
    body = line[1:].split("#")[0]
    codes = CODE_FIELD.search(body)
    if codes is None:
        return None, "no code field"
    first, second = codes.group(1), codes.group(2)
    text = body[:codes.start()]
    if "*" not in text:
        return None, "no verb position (*)"
    before, after = text.split("*", 1)
    pattern: dict[str, object] = {"line": number}
    if first == "---":
        pattern["code"] = None  # a null pattern: this construction is not an event
    elif first:
        pattern["code"] = first
        if second and second != first:
            pattern["reverse_code"] = second
    elif second:
        pattern["code"], pattern["reverse"] = second, True
    else:
        return None, "empty code"
    # "{&PKO &MILITARY} *": a braced subject is one noun phrase (head last), like a braced
    # object; the braces are not part of its words
    pre = [w for w in re.sub(r"[{}]", " ", before).split() if w not in ("%",)]
    subject = noun_phrase([w for w in pre if not w.isdigit()])
    if subject is not None:
        pattern["before"] = subject
        if (role := role_of(pre)) is not None:
            pattern["before_role"] = role
    objects: list[dict[str, object]] = []
    preps: list[dict[str, object]] = []
    post = groups(after)
    for position, (kind, words) in enumerate(post):
        if kind == "(":
            if not words or words[0].lower() not in PREPOSITIONS:
                return None, f"prepositional group without a preposition: ({' '.join(words)})"
            prep: dict[str, object] = {"prep": words[0].lower()}
            if (np := noun_phrase(words[1:])) is not None:
                prep["object"] = np
            if (role := role_of(words[1:])) is not None:
                prep["role"] = role
            preps.append(prep)
        elif kind == "{":
            if (np := noun_phrase(words)) is not None:
                objects.append(np)
        elif kind == "skip" or not words:
            continue
        else:
            word = words[0]
            lower = word.lower()
            if word in ("+", "$"):
                objects.append({"head": "*", "role": role_of([word]) or ""})
            elif word in ("^", "%"):
                continue
            elif position == 0 and lower in PATTERN_PARTICLES and "particle" not in pattern:
                pattern["particle"] = lower
            elif (lower in PREPOSITIONS and position + 1 < len(post)
                  and post[position + 1][0] != "("):
                # "OVER MEETING OF +": a bare preposition before its object
                nxt = post[position + 1][1]
                preps.append({"prep": lower, **({"object": np} if (np := noun_phrase(nxt))
                                                 else {})})
                post[position + 1] = ("skip", [])
            else:
                objects.append({"head": element(word)})
    objects = [o for o in objects if o]
    if objects:
        pattern["objects"] = objects
    if preps:
        pattern["preps"] = preps
    pattern["specificity"] = specificity(pattern)
    return pattern, None


def specificity(pattern: dict[str, object]) -> int:
    """How many words the pattern constrains (PETRARCH prefers the longest pattern)."""
    def np(value: object) -> int:
        if not isinstance(value, dict):
            return 0
        head = 0 if value.get("head") == "*" else 1
        return head + len(value.get("mods") or [])  # type: ignore[arg-type]
    count = np(pattern.get("before")) + (1 if pattern.get("particle") else 0)
    count += sum(np(o) for o in pattern.get("objects") or [])  # type: ignore[union-attr]
    count += sum(1 + np(p.get("object")) for p in pattern.get("preps") or [])  # type: ignore
    return count


def verb_form(word: str) -> tuple[str, str | None] | None:
    """A synonym line's first word → (lemma, second word or None); None if unusable."""
    parts = word.lstrip("+").strip("_").lower().split("_")
    parts = [p for p in parts if p]
    if not parts or not all(re.fullmatch(r"[a-z'-]+", p) for p in parts):
        return None
    if len(parts) == 1:
        return parts[0], None
    if len(parts) == 2:
        return parts[0], parts[1]
    return None


def pattern_dictionary(text: str, known: set[str]) -> tuple[dict[str, object], list[str]]:
    """The whole verb dictionary as blocks of verbs and dependency patterns, plus the list of
    what could not be converted (line: reason)."""
    skipped: list[str] = []
    blocks: list[dict[str, object]] = []
    block: dict[str, object] | None = None
    in_verbs = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            skipped.append(f"{number}: the TRANSFORMATIONS section (\"A says B attacked C\" "
                           "→ an accusation) is a rule over coded events, not a pattern; the "
                           "events stage handles reported speech itself")
            break
        if not in_verbs:
            continue
        if line.startswith("---"):
            match = re.match(r"---\s+(\S+)\s+\[([0-9]*|---)(?::[0-9]*)?\]", line)
            if match is None:
                skipped.append(f"{number}: block header not understood: {line.strip()}")
                block = None
                continue
            code = None if match.group(2) in ("---", "") else match.group(2)
            block = {"name": match.group(1), "code": code, "verbs": {}, "patterns": []}
            blocks.append(block)
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        if line.startswith("-"):
            # "(BY/WITH SANCTIONS)": one pattern per alternative preposition
            alternatives = re.match(r"(.*)\(([A-Z]+)/([A-Z]+)(.*)", line)
            lines = ([f"{alternatives.group(1)}({p}{alternatives.group(4)}" for p in
                      alternatives.group(2, 3)] if alternatives else [line])
            for variant in lines[1:]:
                pattern, why = parse_pattern(variant, number)
                if pattern is not None:
                    block["patterns"].append(pattern)  # type: ignore[union-attr]
            pattern, why = parse_pattern(lines[0], number)
            if pattern is None:
                skipped.append(f"{number}: {why}: {line.strip()[:80]}")
                continue
            for field in ("code", "reverse_code"):
                code = pattern.get(field)
                if isinstance(code, str) and code not in known:
                    skipped.append(f"{number}: code {code} is not in the CAMEO ontology; "
                                   f"kept as {code[:3]}" if code[:3] in known else
                                   f"{number}: code {code} is not in the CAMEO ontology")
                    if code[:3] in known:
                        pattern[field] = code[:3]
                    elif field == "code":
                        pattern = None
                        break
            if pattern is not None:
                block["patterns"].append(pattern)  # type: ignore[union-attr]
            continue
        word = line.split()[0].split("[")[0]
        form = verb_form(word)
        if form is None:
            skipped.append(f"{number}: verb form of three or more words: {word}")
            continue
        own = CODE_FIELD.search(line.split("#")[0])
        code = block["code"]
        if own is not None:
            code = None if own.group(1) in ("---", "") else own.group(1)
        if isinstance(code, str) and code not in known:
            skipped.append(f"{number}: verb code {code} is not in the CAMEO ontology")
            code = None
        key = " ".join(filter(None, form))
        block["verbs"][key] = code  # type: ignore[index]
    for b in blocks:
        b["patterns"] = sorted(b["patterns"], key=lambda p: -int(p["specificity"]))  # type: ignore
    return {"blocks": [b for b in blocks if b["verbs"]]}, skipped


# Synsets of the dictionary whose members are events (not people, places or things).
EVENT_SYNSETS = {"CEASEFIRE", "NEGOTIATION", "MEDIATION", "INVESTIGATION", "FIGHT", "DISPUTE",
                 "DETENTION", "FIGHT_OF_WORDS"}
NOMINALISATION = ("tion", "sion", "ment", "ance", "ence", "ade", "ure", "val", "sal", "wal",
                  "ing", "cott", "argo")


def eventive(noun: str, verbs: set[str], synset: str | None) -> bool:
    """A noun names an event when it is a member of an event synset, a verb of the
    dictionary used as a noun ("attack", "raid", "ban"), or a nominalisation."""
    if synset is not None:
        return synset in EVENT_SYNSETS
    return noun in verbs or noun.endswith(NOMINALISATION)


def event_nouns(dictionary: dict[str, object], hand_nouns: set[str], known: set[str]
                ) -> dict[str, dict[str, object]]:
    """Nouns the dictionary codes as the object of a support verb, with the code they get
    most often (ties: the most specific code); objects that are synsets are expanded when
    the synset names events; only event nouns (:func:`eventive`) are kept."""
    synonyms: dict[str, list[str]] = dictionary["synsets"]  # type: ignore[assignment]
    verbs = {v for b in dictionary["blocks"] for v in b["verbs"]}  # type: ignore[union-attr]
    votes: dict[str, Counter[str]] = {}
    for block in dictionary["blocks"]:  # type: ignore[union-attr]
        if block["name"] not in SUPPORT_BLOCKS:
            continue
        for pattern in block["patterns"]:
            code = pattern.get("code")
            objects = pattern.get("objects") or []
            if not code or pattern.get("reverse") or len(objects) != 1 or pattern.get("before"):
                continue
            obj = objects[0]
            head = obj["head"]
            synset = head[1:] if head.startswith("&") else None
            heads = synonyms.get(synset, []) if synset else [head]
            mods = [m for m in obj.get("mods", []) if not m.startswith("&")]
            for noun in heads:
                if " " in noun or noun in NOT_EVENT_NOUNS or not noun.isalpha() or not (
                        eventive(noun, verbs, synset)):
                    continue
                key = " ".join([*mods[-1:], noun])
                votes.setdefault(key, Counter())[code] += 1
    nouns: dict[str, dict[str, object]] = {}
    for key, counter in sorted(votes.items()):
        if key in hand_nouns or key.split()[-1] in hand_nouns and " " not in key:
            continue
        code = max(counter, key=lambda c: (counter[c], len(c)))
        if code not in known or code[:2] in ("01", "02", "03", "10", "11", "12", "13"):
            continue  # statements and intents need a governor, not a noun
        entry: dict[str, object] = {"code": code}
        if not code.startswith(OPEN_TARGET_PREFIXES):
            entry["needs_target"] = True
        nouns[key] = entry
    return nouns


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
    dictionary, skipped = pattern_dictionary(text, known)
    dictionary = {"generated_by": "scripts/build_cameo_triggers.py",
                  "source": "PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2 @ 676801c)",
                  "licence": licence(text).replace("# ", "").replace("#", "").strip(),
                  "format": "data/triggers/README.md, 'The PETRARCH2 pattern dictionary'",
                  "version": 1, "synsets": synsets(text), **dictionary}
    hand_data = yaml.safe_load(HAND.read_text(encoding="utf-8")) or {}
    nouns = event_nouns(dictionary, set(hand_data.get("nouns", {})), known)
    header = ("# GENERATED by scripts/build_cameo_triggers.py from PETRARCH2's CAMEO.2.0.txt\n"
              "# (openeventdata/petrarch2 @ 676801c); do not edit: change the script or\n"
              "# override the entry in triggers.yaml. Format: data/triggers/README.md.\n#\n"
              "# Source notice:\n" + licence(text) + "\n")
    out.write_text(header + "version: 1\nverbs:\n" + "".join(map(entry_line, verbs.items()))
                   + "nouns:\n" + "".join(map(entry_line, nouns.items())), encoding="utf-8")
    patterns_out = out.with_name(PATTERNS_OUT.name)
    patterns_out.write_text(json.dumps(dictionary, indent=None, separators=(",", ":"))
                            .replace(',{"name"', ',\n{"name"') + "\n", encoding="utf-8")
    unconverted = out.with_name("cameo_unconverted.txt")
    unconverted.write_text("# GENERATED by scripts/build_cameo_triggers.py: lines of "
                           "CAMEO.2.0.txt\n"
                           "# that could not be converted, and why (see README.md)\n"
                           + "".join(f"{line}\n" for line in skipped), encoding="utf-8")
    n_patterns = sum(len(b["patterns"]) for b in dictionary["blocks"])  # type: ignore
    n_verbs = sum(len(b["verbs"]) for b in dictionary["blocks"])  # type: ignore
    print(f"{len(verbs)} verbs, {len(nouns)} nouns → {out}")
    print(f"{len(dictionary['blocks'])} blocks, {n_verbs} verbs, {n_patterns} patterns, "
          f"{len(dictionary['synsets'])} synsets → {patterns_out}; {len(skipped)} not converted")


if __name__ == "__main__":
    main(sys.argv[1:])
