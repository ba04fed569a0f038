"""Derive event nouns from every verb trigger: "invade" → "invasion", "expel" → "expulsion".

    python scripts/build_noun_triggers.py [OUT.yaml]

Default output: ``src/eventwire/data/triggers/nominal.yaml``. Needs the pinned spaCy model
(``make install``): its WordNet noun list (the rule lemmatizer's ``lemma_index``) and its
word vectors are the checks. The loader reads the generated file after ``cameo.yaml`` and
before the hand-built ``triggers.yaml``, which wins on equal keys.

For each verb entry of ``data/triggers/cameo.yaml`` (PETRARCH2) and ``data/triggers.yaml``
that states an event on its own (a ``frame`` or a ``code``; stance-only governors and
object-only verbs are skipped):

1. **Candidates by derivational morphology** (:func:`candidates`): the suffix rules of English
   nominalisation (-ation, -ion, -sion/-ssion, -ment, -al, -ance/-ence, -ure, -ing with the
   consonant doubled, -ial, -aint …, :data:`REPLACE` and :data:`ADD`), a joined particle verb
   ("crack down" → "crackdown", "pull out" → "pullout"), and the verb itself as a noun
   (zero derivation: "arrest", "raid", "ambush").
2. **Checks**: the noun is a WordNet noun (the model's ``lemma_index['noun']``) with a word
   vector, and its vector's cosine similarity to the verb's is at least :data:`FLOOR`. A zero
   derivation has nothing to compare, so it is kept only when the verb has no derived noun
   at all (a verb that has one names the act with it: "shelling" not "shell", "bombing" not
   "bomb", "killing" not "kill", "firing" not "fire") and not for verbs of statement codes.
3. **Meaning**: the verb's frame or code, and its ``needs_target``. Argument slots become noun
   slots: a direct object or passive subject → the "of" phrase ("the expulsion of the
   ambassador"), a dative → "to", prepositions stay. Only verbs that take no object
   (:data:`INTRANSITIVE`, read by hand) have an "of" phrase that names who acts
   (``source: [of]``: "the arrival of the minister"); for every other verb it is the person or
   thing acted on, and the source is the "by" agent, the possessor, or where the frame says
   so the "from" state (:data:`FROM_SOURCE`: "the extradition of X from Spain to the US").
   Default noun slots (``with``, ``on``, ``against``, ``between``) still apply.
4. **Not events** (:data:`NOT_EVENTS`): nouns whose everyday sense in news is a thing, a group
   or a state rather than the act ("settlement", "movement", "opposition", "establishment").
   Keys the hand lexicon or ``cameo.yaml`` already has as nouns are skipped (hand entries win).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "eventwire" / "data"
CAMEO = DATA / "triggers" / "cameo.yaml"
HAND = DATA / "triggers.yaml"
DEFAULT_OUT = DATA / "triggers" / "nominal.yaml"

FLOOR = 0.10  # cosine similarity of noun and verb vectors (en_core_web_md)
# suffix replacements (verb ending → noun ending), tried on every verb
REPLACE = (
    ("ate", "ation"), ("ize", "ization"), ("ise", "isation"), ("ify", "ification"),
    ("ade", "asion"), ("ode", "osion"), ("ude", "usion"), ("ide", "ision"), ("pel", "pulsion"),
    ("mit", "mission"), ("ceive", "ception"), ("duce", "duction"), ("scribe", "scription"),
    ("sume", "sumption"), ("tain", "tention"), ("vene", "vention"), ("cede", "cession"),
    ("ceed", "cession"), ("ounce", "unciation"), ("olve", "olution"), ("ose", "osition"),
    ("ite", "itation"), ("ite", "ition"), ("y", "ial"), ("y", "iance"), ("ain", "aint"),
    ("end", "ence"), ("end", "ense"), ("ise", "ice"), ("ize", "ice"), ("ire", "isition"),
    ("ress", "ression"), ("ect", "ection"), ("ibit", "ibition"), ("ute", "ution"),
    ("ish", "ition"),
)
# suffixes added to the verb (a final silent "e" is dropped first)
ADD = ("ion", "ation", "ment", "al", "ance", "ence", "ure", "ing")
# Checked by hand (every kept noun of the first run was read; data/triggers/README.md): nouns
# whose everyday sense in news is not the act of their verb: a thing, a place, a person, a
# state of mind or another act ("deportment", "probation", "accession" to a treaty, "the
# prosecution" as a party), and zero derivations that are mostly things ("phone", "storm",
# "torch", "jail", "shell", "marshal").
NOT_EVENTS = {
    "settlement", "movement", "opposition", "establishment", "position", "deportment",
    "probation", "implication", "compulsion", "repulsion", "salutation", "protestation",
    "prevention", "accession", "prosecution", "exile", "free", "phone", "telephone", "storm",
    "hail", "torch", "dynamite", "pelt", "snipe", "marshal", "annex", "jail", "outlaw",
    "bankroll", "bludgeon", "arm", "hack", "stab", "retake", "shell", "overrun", "travel",
    "muster", "blowup", "defence", "defense", "proposition", "host", "conference", "conferral",
    "forbidding", "striking", "disarming", "rallying", "marching", "welcome",
    # the money paid, not the act of returning persons or property (CAMEO 084)
    "compensation",
}
# zero derivations are kept only for verbs of deeds: statements, appeals, intents,
# demands, rejections and threats (01–03, 10–13) need a governor, not a bare noun
DEED_PREFIXES = ("04", "05", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20")
# an -ing noun names the act only for physical deeds ("the killing of", "the shooting of",
# "rioting"); of other verbs it is a gerund the tagger mistook ("talking", "urging"), and
# only where the verb has no other derived noun ("seizure", not "seizing")
GERUND_PREFIXES = ("14", "17", "18", "19", "20")
OBJECT_SLOTS = {"dobj": "of", "nsubjpass": "of", "dative": "to"}
# Verbs that take no object (checked by hand): only their "of" phrase names who acts ("the
# arrival of the minister", "the retreat of the army", "heavy fighting of rebels"). A verb
# whose lexicon slots merely leave the object out because the object is not the target
# ("extradite [someone] to", "disburse [a loan] to", "hand over [hostages] to") is still
# transitive: its "of" phrase is the thing or person acted on, never the source.
INTRANSITIVE = {"arrive", "fight", "retreat", "clash", "flee", "riot", "mutiny", "rebel"}
# Transitive verbs whose "from" phrase names the state that gives the person up ("the
# extradition of X from Spain to the US": Spain → US; "the deportation of migrants from
# Algeria": Algeria acts); the "by" agent and the possessor still come first.
FROM_SOURCE = {"extradite", "deport"}


def load_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def consonant_doubled(verb: str) -> str | None:
    """"bomb" no, "kidnap" → "kidnapp", "stab" → "stabb" (a final consonant after one
    short vowel)."""
    vowels = "aeiou"
    if (len(verb) >= 3 and verb[-1] not in vowels + "wxy" and verb[-2] in vowels
            and verb[-3] not in vowels):
        return verb + verb[-1]
    return None


def candidates(verb: str) -> Iterator[tuple[str, str]]:
    """(noun, rule) pairs that English derivational morphology allows for ``verb``."""
    if " " in verb:
        head, particle = verb.split(" ", 1)
        if " " not in particle:
            yield head + particle, "particle"
        return
    for old, new in REPLACE:
        if verb.endswith(old):
            yield verb[: -len(old)] + new, f"-{old}/-{new}"
    stem = verb[:-1] if verb.endswith("e") else verb
    for suffix in ADD:
        yield stem + suffix, f"-{suffix}"
        if suffix in ("ing", "al") and (doubled := consonant_doubled(verb)):
            yield doubled + suffix, f"-{suffix}"
        if verb.endswith("y") and suffix in ("al", "ance"):
            yield verb[:-1] + "i" + suffix, f"-{suffix}"


def meaning(verb: str, entry: dict[str, Any]) -> dict[str, Any] | None:
    """The noun entry's meaning and slots from a verb entry (None: no meaning of its own)."""
    if not isinstance(entry, dict):
        entry = {"code": entry} if str(entry)[:1].isdigit() else {"frame": entry}
    if not (entry.get("frame") or entry.get("code")):
        return None
    # YAML 1.1 reads a bare ``on`` as true: the loader keeps it a word, so does this script
    slots = [{True: "on", False: "off"}.get(s, s) if isinstance(s, bool) else s
             for s in entry["target"]] if entry.get("target") is not None else None
    noun: dict[str, Any] = {k: entry[k] for k in ("frame", "code") if entry.get(k)}
    if slots is None:
        slots = ["dobj"]
    transitive = (any(s in ("dobj", "nsubjpass", "dative") for s in slots)
                  or bool(entry.get("objects")) or verb not in INTRANSITIVE)
    target = [OBJECT_SLOTS.get(s, s) for s in slots if s != "ccomp"]
    target = list(dict.fromkeys(t for t in target if t))
    if target:
        noun["target"] = target
    if not transitive:
        noun["source"] = ["of"]
    elif verb in FROM_SOURCE:
        noun["source"] = ["from"]
    if entry.get("needs_target"):
        noun["needs_target"] = True
    return noun


def verb_similarity(verb: str, noun: str, vocab: Any) -> float:
    """Cosine similarity of the noun's vector and the verb's (a particle verb: the mean of its
    words' vectors, "crack down" ~ "crackdown")."""
    import numpy

    words = verb.split(" ")
    if not all(vocab.has_vector(w) for w in words):
        return 0.0
    a = numpy.mean([vocab[w].vector for w in words], axis=0)
    b = vocab[noun].vector
    norm = float(numpy.linalg.norm(a) * numpy.linalg.norm(b))
    return float(a @ b) / norm if norm else 0.0


def code_of(noun: dict[str, Any], frames: dict[str, Any]) -> str:
    if noun.get("code"):
        return str(noun["code"])
    frame = frames.get(noun.get("frame", ""), {})
    return str(frame.get("do", "")) if isinstance(frame, dict) else ""


def derive(verbs: dict[str, Any], taken: set[str], frames: dict[str, Any], nlp: Any
           ) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Noun entries derived from ``verbs`` and a log line per kept or dropped candidate."""
    nouns_index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]
    vocab = nlp.vocab
    out: dict[str, dict[str, Any]] = {}
    log: list[str] = []
    for verb, entry in sorted(verbs.items()):
        noun_meaning = meaning(verb, entry)
        if noun_meaning is None:
            continue
        derived: list[tuple[str, str, float]] = []
        code = code_of(noun_meaning, frames)
        valid = {noun: rule for noun, rule in dict(candidates(verb)).items()
                 if noun != verb and noun in nouns_index and vocab.has_vector(noun)}
        other = any(rule != "-ing" for rule in valid.values())
        for noun, rule in valid.items():
            if rule == "-ing" and (other or not code.startswith(GERUND_PREFIXES)):
                log.append(f"drop\t{noun}\t{verb}\t{rule}\tgerund (see GERUND_PREFIXES)")
                continue
            similarity = verb_similarity(verb, noun, vocab)
            if similarity < FLOOR:
                log.append(f"drop\t{noun}\t{verb}\t{rule}\tsimilarity {similarity:.2f}")
                continue
            derived.append((noun, rule, similarity))
        if not valid and " " not in verb and verb in nouns_index and code.startswith(
                DEED_PREFIXES):
            derived.append((verb, "zero", 1.0))
        for noun, rule, similarity in derived:
            if noun in NOT_EVENTS:
                log.append(f"drop\t{noun}\t{verb}\t{rule}\tnot an event noun")
                continue
            if noun in taken or noun in out:
                log.append(f"skip\t{noun}\t{verb}\t{rule}\talready a noun entry")
                continue
            out[noun] = {**noun_meaning, "verb": verb, "rule": rule,
                         "similarity": round(similarity, 2)}
            log.append(f"keep\t{noun}\t{verb}\t{rule}\tsimilarity {similarity:.2f}")
    return out, log


def entry_line(noun: str, entry: dict[str, Any]) -> str:
    parts = []
    if entry.get("frame"):
        parts.append(f"frame: {entry['frame']}")
    if entry.get("code"):
        parts.append(f'code: "{entry["code"]}"')
    for key in ("target", "source"):
        if entry.get(key):
            parts.append(f"{key}: [{', '.join(entry[key])}]")
    if entry.get("needs_target"):
        parts.append("needs_target: true")
    comment = f"  # {entry['verb']} ({entry['rule']}, {entry['similarity']:.2f})"
    return f'  "{noun}": {{{", ".join(parts)}}}{comment}\n'


def main(argv: list[str]) -> None:
    out = Path(argv[0]) if argv else DEFAULT_OUT
    sys.path.insert(0, str(ROOT / "src"))
    from eventwire.nlp import load_stock

    cameo, hand = load_yaml(CAMEO), load_yaml(HAND)
    verbs = {**(cameo.get("verbs") or {}), **(hand.get("verbs") or {})}  # hand wins
    taken = {k.split()[-1] if len(k.split()) == 1 else k for k in
             [*(cameo.get("nouns") or {}), *(hand.get("nouns") or {})]}
    nouns, log = derive(verbs, taken, hand.get("frames") or {}, load_stock("md"))
    header = (
        "# GENERATED by scripts/build_noun_triggers.py from the verb entries of\n"
        "# data/triggers/cameo.yaml (PETRARCH2 CAMEO.2.0.txt, MIT, Copyright (c) 2015 Open\n"
        "# Event Data Alliance; full notice in cameo.yaml) and data/triggers.yaml; do not edit:\n"
        "# change the script or override the entry in triggers.yaml (hand entries win).\n"
        "# Each entry: the noun derived from a verb, with the verb's frame or code; the comment\n"
        "# names the verb, the derivation rule and the noun-verb vector similarity.\n"
        f"# {len(nouns)} nouns from {len(verbs)} verb entries. Format: data/triggers/README.md.\n")
    out.write_text(header + "version: 1\nnouns:\n"
                   + "".join(entry_line(n, e) for n, e in sorted(nouns.items())),
                   encoding="utf-8")
    out.with_name("nominal_log.tsv").write_text(
        "# GENERATED by scripts/build_noun_triggers.py: every candidate noun and why it was\n"
        "# kept, skipped or dropped\n" + "\n".join(log) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns from {len(verbs)} verb entries → {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
