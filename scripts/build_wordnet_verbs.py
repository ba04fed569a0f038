"""Map verbs that neither PETRARCH2 nor the hand lexicon lists onto a coded verb through
WordNet 3.0: the fallback for unseen verbs ("excoriated", "strafed", "nixed", "impounded").

    apt-get install wordnet-base   # Princeton WordNet 3.0, /usr/share/wordnet
    python scripts/build_wordnet_verbs.py [WORDNET_DIR] [OUT.tsv]

Defaults: ``/usr/share/wordnet`` → ``src/eventwire/data/triggers/wordnet_verbs.tsv`` (committed:
the run time needs no WordNet). Why: the model's word vectors (en_core_web_md) are pruned to
20,000 rows, so a rare verb shares one vector with dozens of unrelated words ("bolster",
"undermine" and "scupper" are one row; "excoriate" is "acquaint"): on 54 sentences of ours with
unseen verbs the vector neighbour coded none right (notes/s12-events.md). WordNet states the
relation the fallback needs: "excoriate" is a kind of "criticize", "strafe" of "attack", "nix" a
synonym of "veto".

The rule, per verb lemma L (a WordNet verb with no entry in the dictionary or the lexicon):
- L's two most frequent senses (WordNet orders senses by frequency in its tagged corpus),
  neither of them a verb of the body, mind, feeling, perception, being or weather
  (:data:`NON_DEEDS`);
- per sense, the nearest coded verbs: the sense's own synonyms, else those of its direct
  hypernyms (one "@" step); a coded verb is one the lexicon codes on its own (see
  :func:`coded_verbs`; not a statement, 01, nor a verb too general to say which deed:
  GENERAL below), and it counts only in its own most frequent sense (:data:`CODED_SENSES`)
  and when that sense can carry its code (:func:`fits`: no speech sense to force or
  sanctions, no sense of feeling);
- every coded verb found, of both senses, must agree on the PLOVER type (the CAMEO root
  when a code has none), else no row;
- the row keeps the code of the nearest verb of the first sense that finds one.
Chosen by leave-one-out over the lexicon's 238 coded verbs that WordNet has (PLOVER type right;
``--leave-one-out`` prints it; the vector neighbour's figure is P 0.41 R 0.12): coded verb in
its two main senses P 0.83 R 0.47 (session 12); in its first sense only P 0.87 R 0.45 (kept,
session 13, review s12 F8: "reunite" reached "meet" as "join", "sack" "plunder", "rid"
"free"); the speech rule changes no leave-one-out row (the lexicon's own verbs are used in
their coded senses) and removes the misfires of common news verbs ("rubbish" → "attack",
"okay"/"visa" → "sanction" as "approve", "insult" → "wound").
Written as ``lemma<TAB>code<TAB>via verb<TAB>relation`` (relation: synonym | hypernym1 |
hypernym2), sorted by lemma. WordNet's licence (Princeton, permissive) asks for its notice to be
kept with copies: see data/triggers/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/triggers/wordnet_verbs.tsv"
MAX_DEPTH = 1
SENSES = 2
# coded verbs too general to tell a deed (a hypernym of half the verbs in a field): reaching
# one of them says nothing about the type
GENERAL = {"act", "move", "change", "make", "cause", "give", "get", "take", "put", "go", "come",
           "have", "be", "do", "use", "remove", "transfer", "travel", "work", "interact",
           "communicate", "express", "state", "tell", "inform", "think", "see", "touch",
           "hit", "try", "affect", "create", "produce", "perform", "let", "keep", "hold",
           "leave", "pass", "set", "run", "turn", "bring", "send", "show", "treat", "handle"}
# coded verbs whose WordNet troponyms are not kinds of the coded deed, reached only as
# synonyms: a way of talking ("mumble", "rant", "whisper") is no meeting (CONSULT 040); "beat"
# is coded 182 (beat up) but its main WordNet sense is winning a contest, whose troponyms
# ("outplay", "outscore", "outsmart") are no assault
MANNER_HEADS = {"talk", "speak", "beat"}


# WordNet's lexicographer files of verbs that tell no act between parties: 29 body, 31
# cognition, 34 consumption, 37 emotion, 39 perception, 42 stative, 43 weather ("surprised
# Washington" is an emotion caused, not a surprise attack)
NON_DEEDS = {"29", "31", "34", "37", "39", "42", "43"}
# 32 verb.communication: a verb sense of speaking or writing tells no use of force and no
# embargo (CAMEO roots 15 force posture, 16 reducing relations and sanctions, 18-20
# violence): "rubbished the report" reaches "attack" through its sense "attack in speech or
# writing", "okay" and "visa" reach "sanction" as "approve" (review s12 F8). Bans and orders
# (17, "forbid", "outlaw") and protests (14) are issued in words and stay.
COMMUNICATION = "32"
FORCE_ROOTS = ("15", "16", "18", "19", "20")
# the coded verb counts only in its most frequent sense (WordNet's order): the lexicon codes
# a verb's main sense ("meet" the meeting, not "meet" as "join": "reunited with their
# families"; "free" the release, not "rid"; "plunder", not "sack")
CODED_SENSES = 1


def read_lexfiles(path: Path) -> dict[str, str]:
    """offset → lexicographer file number of a data file (data.verb, data.noun)."""
    return {line.split()[0]: line.split()[1] for line in
            path.read_text(encoding="latin-1").splitlines() if not line.startswith(" ")}


def read_synsets(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """offset → (lemmas, hypernym offsets) of data.verb."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        hypernyms = [fields[at + 1 + 4 * i + 1] for i in range(pointers)
                     if fields[at + 1 + 4 * i] == "@" and fields[at + 1 + 4 * i + 2] == "v"]
        out[offset] = (words, hypernyms)
    return out


def read_index(path: Path) -> dict[str, list[str]]:
    """lemma → its synset offsets, most frequent sense first."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, senses = fields[0].lower(), int(fields[2])
        out[lemma] = fields[-senses:]
    return out


def coded_verbs() -> tuple[dict[str, str], dict[str, str]]:
    """The verbs that code a deed on their own (lemma → code) and the PLOVER type of each
    code: the single-word verb entries of the trigger lexicon, the generated ``cameo.yaml``
    (PETRARCH2 synonyms whose code a verb alone states safely: build_cameo_triggers.py drops
    statements, appeals, vague block defaults such as SUPPLY's 060 or WITHDRAW's 080, and
    its DENY list) and the hand-built ``triggers.yaml`` (a frame's "do" code). A PETRARCH2
    verb that only its patterns make a deed ("fill" 080, "bind" 060) is no target: reached
    as a hypernym it would code dozens of unrelated verbs."""
    from eventwire.lexicon.patterns import GENERAL_VERBS
    from eventwire.lexicon.triggers import TriggerLexicon
    from eventwire.ontology import Ontology

    lexicon = TriggerLexicon.load()
    coded = {}
    for (pos, lemma), entries in lexicon.entries.items():
        if pos != "verb" or lemma in GENERAL_VERBS | GENERAL:
            continue
        for entry in entries:
            if entry.second is not None or entry.stance not in (None, "do"):
                continue
            code = entry.code or (lexicon.frame_code(entry.frame, "do") if entry.frame
                                  else None)
            if code is not None and not code.startswith("01"):
                coded[lemma] = code
                break
    families = {code: entry.plover for code, entry in Ontology.load().cameo.items()}
    return coded, families


def known_verbs() -> set[str]:
    """Every verb the dictionary or the hand lexicon already decides (coded or not)."""
    from eventwire.lexicon.triggers import TriggerLexicon

    lexicon = TriggerLexicon.load()
    assert lexicon.patterns is not None
    return set(lexicon.patterns.verbs) | {lemma for pos, lemma in lexicon.entries
                                          if pos == "verb"}


def fits(sense: str, reached: str, code: str, lexfiles: dict[str, str]) -> bool:
    """Whether the coded verb's sense ``reached`` (from the lemma's ``sense``) can carry
    ``code``: a sense of speaking (either of them) codes no force or sanction, and the coded
    verb's own sense is no verb of the mind or feeling ("insult" is "wound" the feelings)."""
    if lexfiles[reached] in NON_DEEDS:
        return False
    return (COMMUNICATION not in (lexfiles[sense], lexfiles[reached])
            or not code.startswith(FORCE_ROOTS))


def nearest_coded(first: str, synsets: dict[str, tuple[list[str], list[str]]],
                  coded: dict[str, str], families: dict[str, str], lemma: str,
                  index: dict[str, list[str]], lexfiles: dict[str, str] | None = None
                  ) -> tuple[str, str, str] | None:
    """(code, coded verb, relation) for the sense ``first``, or None. A coded verb counts only
    in one of its own :data:`SENSES` main senses: "beat" codes 182 (beat up), and the
    "defeat" synset that holds "beat" as a rarer sense ("outplayed", "outsmarted") is no
    beating."""
    level = [first]
    for depth in range(MAX_DEPTH + 1):
        found = [w for offset in level for w in synsets[offset][0]
                 if w != lemma and w in coded and offset in index.get(w, ())[:CODED_SENSES]
                 and not (depth and w in MANNER_HEADS)
                 and (lexfiles is None or fits(first, offset, coded[w], lexfiles))]
        if found:
            kinds = {families.get(coded[w], coded[w][:2]) for w in found}
            if len(kinds) > 1:
                return None
            relation = "synonym" if depth == 0 else f"hypernym{depth}"
            return coded[found[0]], found[0], relation
        level = [h for offset in level for h in synsets[offset][1]]
        if not level:
            return None
    return None


def row_for(lemma: str, senses: list[str], synsets: dict[str, tuple[list[str], list[str]]],
            lexfiles: dict[str, str], index: dict[str, list[str]], coded: dict[str, str],
            families: dict[str, str]) -> tuple[str, str, str] | None:
    """(code, coded verb, relation) for ``lemma``, or None (the rule in the module docstring)."""
    if any(lexfiles[sense] in NON_DEEDS for sense in senses[:SENSES]):
        return None
    answers = [a for sense in senses[:SENSES]
               if (a := nearest_coded(sense, synsets, coded, families, lemma, index,
                                      lexfiles))]
    if answers and len({families.get(a[0], a[0][:2]) for a in answers}) == 1:
        return answers[0]
    return None


def build(wordnet: Path) -> list[tuple[str, str, str, str]]:
    synsets = read_synsets(wordnet / "data.verb")
    lexfiles = read_lexfiles(wordnet / "data.verb")
    index = read_index(wordnet / "index.verb")
    coded, families = coded_verbs()
    known = known_verbs()
    rows = []
    for lemma, senses in sorted(index.items()):
        if "_" in lemma or "-" in lemma or lemma in known or lemma in GENERAL:
            continue
        found = row_for(lemma, senses, synsets, lexfiles, index, coded, families)
        if found is not None:
            rows.append((lemma, *found))
    return rows


def leave_one_out(wordnet: Path) -> tuple[int, int, int]:
    """(rows, right, coded verbs): each coded verb WordNet has, taken out of the coded set,
    gets the row the rule would give it; right when the PLOVER type (CAMEO root) is its own."""
    synsets = read_synsets(wordnet / "data.verb")
    lexfiles = read_lexfiles(wordnet / "data.verb")
    index = read_index(wordnet / "index.verb")
    coded, families = coded_verbs()
    rows = right = total = 0
    for lemma, code in sorted(coded.items()):
        if lemma not in index or lemma in GENERAL:
            continue
        total += 1
        others = {k: v for k, v in coded.items() if k != lemma}
        found = row_for(lemma, index[lemma], synsets, lexfiles, index, others, families)
        if found is not None:
            rows += 1
            right += families.get(found[0], found[0][:2]) == families.get(code, code[:2])
    return rows, right, total


# noun lexicographer files of things no one meets, visits, strikes or besieges: 04 act,
# 07 attribute, 09 cognition, 10 communication, 11 event, 12 feeling, 16 motive,
# 19 phenomenon, 21 possession, 22 process, 23 quantity, 24 relation, 26 state, 28 time
ABSTRACT = {"04", "07", "09", "10", "11", "12", "16", "19", "21", "22", "23", "24", "26", "28"}
NOUNS_OUT = OUT.with_name("wordnet_abstract_nouns.txt")


# synsets under which a noun names a place people are in or an occasion they attend, so that
# force against it is literal: structure, facility, establishment ("the market", "the
# compound") among a noun's first three senses, as a sense seen in WordNet's tagged corpus
# (cntlist.rev: "framework" as a structure is not); social event ("the wedding", "the
# funeral", "the ceremony") as its main sense
SITES = frozenset({"04341686", "03315023", "03297735"})
SOCIAL_EVENT = "07288639"


def read_noun_hypernyms(path: Path) -> dict[str, list[str]]:
    """offset → hypernym offsets (also instance hypernyms) of data.noun."""
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        out[fields[0]] = [fields[at + 1 + 4 * i + 1] for i in range(int(fields[at]))
                          if fields[at + 1 + 4 * i] in ("@", "@i")]
    return out


def ancestors(offset: str, hypernyms: dict[str, list[str]]) -> set[str]:
    """``offset`` and every synset above it."""
    seen, stack = {offset}, [offset]
    while stack:
        for up in hypernyms.get(stack.pop(), []):
            if up not in seen:
                seen.add(up)
                stack.append(up)
    return seen


def tagged_senses(path: Path) -> set[tuple[str, int]]:
    """(lemma, sense number) of the noun senses WordNet's tagged corpus has seen (cntlist.rev)."""
    out = set()
    for line in path.read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        if "%1:" in key and int(count) > 0:
            out.add((key.split("%")[0].lower(), int(number)))
    return out


def abstract_nouns(wordnet: Path) -> list[str]:
    """Nouns whose most frequent sense is abstract (:data:`ABSTRACT`) and seen in WordNet's
    sense-tagged corpus (tagsense_cnt > 0: the common words; a rare noun stays unlisted and
    so counts as concrete): the objects that make a force or meeting verb figurative
    ("torpedoed the plan", "levelled accusations", "landed a contract"). Not a noun that
    also names a built place among its first three senses (:data:`SITES`: "firebombed the
    market", "rocketed the compound") or whose main sense is a social event ("strafed the
    wedding", "shelled the funeral"): people are there, the force is literal (review s13)."""
    lexfiles = read_lexfiles(wordnet / "data.noun")
    hypernyms = read_noun_hypernyms(wordnet / "data.noun")
    tagged = tagged_senses(wordnet / "cntlist.rev")
    out = []
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, senses = fields[0].lower(), int(fields[2])
        offsets = fields[-senses:]
        if not (lemma.isalpha() and int(fields[-senses - 1]) > 0 and
                lexfiles[offsets[0]] in ABSTRACT):
            continue
        if SOCIAL_EVENT in ancestors(offsets[0], hypernyms) or any(
                (lemma, n) in tagged and ancestors(o, hypernyms) & SITES
                for n, o in enumerate(offsets[:3], start=1)):
            continue
        out.append(lemma)
    return sorted(out)


def main(argv: list[str]) -> None:
    if argv[1:2] == ["--leave-one-out"]:
        rows, right, total = leave_one_out(Path(argv[2]) if len(argv) > 2 else WORDNET)
        print(f"leave-one-out: {rows} rows, {right} right of {total} coded verbs: "
              f"P {right / rows:.2f} R {right / total:.2f}")
        return
    wordnet = Path(argv[1]) if len(argv) > 1 else WORDNET
    out = Path(argv[2]) if len(argv) > 2 else OUT
    rows = build(wordnet)
    header = ("# generated by scripts/build_wordnet_verbs.py from WordNet 3.0 (Princeton "
              "University; licence in data/triggers/README.md): lemma, code, coded verb, "
              "relation\n")
    out.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} verbs → {out}")
    nouns = abstract_nouns(wordnet)
    NOUNS_OUT.write_text("# generated by scripts/build_wordnet_verbs.py from WordNet 3.0 "
                         "(Princeton University; licence in data/triggers/README.md): nouns "
                         "whose main sense is abstract\n" + "".join(f"{n}\n" for n in nouns),
                         encoding="utf-8")
    print(f"{len(nouns)} abstract nouns → {NOUNS_OUT}")


if __name__ == "__main__":
    main(sys.argv)
