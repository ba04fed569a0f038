"""Definite descriptions → the actor with that role and country.

"the Iranian foreign minister", "the Russian diplomat", "the top diplomat", "the president",
"Iran's foreign minister": a role noun head, optional nationality (a demonym or a state's
possessive) and role modifiers; resolved by :func:`resolve_description` (the one chooser, used
by the actors stage and by coreference) to a person mentioned earlier whose role and country
fit (an unknown role fits weakly), the most recently mentioned among equals.
Heads, modifiers and the roles a generic head covers come from the role vocabulary
(``descriptions:`` in ``data/actors/sectors.yaml``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from eventwire.actors.titles import title_role
from eventwire.document import ActorDraft, Mention
from eventwire.lexicon.actors import ActorLexicon, DescriptionVocabulary
from eventwire.token_lookup import children_of

# Title words that say the person no longer holds the role ("former president X"): CAMEO codes
# former officials as elites (ELI), not as the government they once led.
FORMER_WORDS = frozenset({"former", "ex", "ex-"})
FORMER_ROLE = "former "


@dataclass(frozen=True)
class Description:
    first: Token
    head: Token
    modifiers: tuple[str, ...]  # lower-case role modifiers ("foreign", "top")
    country_tokens: tuple[Token, ...]  # demonyms or possessive states
    vocabulary: DescriptionVocabulary = field(compare=False, repr=False)

    def role_fit(self, role: str | None) -> int:
        """2: the role fits; 1: unknown role; 0: a different role."""
        return role_fit(self.head.lower_, self.modifiers, role, self.vocabulary)


def role_fit(head: str, modifiers: tuple[str, ...], role: str | None,
             vocabulary: DescriptionVocabulary) -> int:
    """How a person's role fits a description with this head noun and these modifiers
    (lower-case): 2 fits, 1 unknown role, 0 a different role."""
    if not role:
        return 1
    role = role.lower()
    if ("former" in modifiers) != role.startswith(FORMER_ROLE):
        return 0  # a former holder and the holder in office are different roles
    if head in ("minister", "diplomat", "negotiator") and \
            ("foreign" in modifiers or "top" in modifiers or
             "chief" in modifiers and head == "diplomat"):
        return 2 if any(r in role for r in vocabulary.foreign) else 0
    specific = [m for m in modifiers if m not in ("top", "chief", "deputy")]
    if specific and not all(m in role for m in specific):
        return 0
    return 2 if any(r in role for r in vocabulary.covers.get(head, (head,))) else 0


def resolve_description(description: Description, country: str | None,
                        people: Iterable[tuple[ActorDraft, int]],
                        titled: Mapping[str, Collection[str]] | None = None) -> str | None:
    """The person a description stands for, among ``people`` (each with the token index of
    its latest mention; only those before the description count) of the description's
    ``country`` if it names one: the best role fit, the most recent among equals. An unknown
    role fits only when the description names the country or one person is in view.
    ``titled`` holds the offices the text gives a person by name ("Istanbul Mayor Ekrem
    Imamoglu"): "the mayor" fits them whatever role the registry gives on the day."""
    best, best_key = None, (0, -1)
    candidates = 0
    for actor, last in people:
        if actor.kind != "person" or last >= description.first.i:
            continue
        if country is not None and actor.country != country:
            continue
        candidates += 1
        fit = max((description.role_fit(r) for r in (titled or {}).get(actor.id, ())),
                  default=0)
        key = (max(fit, description.role_fit(actor.role)), last)
        if key[0] > 0 and key > best_key:
            best, best_key = actor.id, key
    if best_key[0] == 1 and country is None and candidates > 1:
        return None
    return best


def with_text_titles(people: Iterable[tuple[ActorDraft, int]], mentions: Iterable[Mention]
                     ) -> Iterator[tuple[ActorDraft, int]]:
    """``people`` with the titles the report itself gives them added to their role: "Crown
    Prince Mohammed bin Salman" is "the crown prince" of that report, whatever office the
    actor dictionary lists for him (prime minister), so that "the crown prince received the
    prime minister" can tell the two men apart. A title is the capitalised words a mention
    puts before the person's name."""
    listed = list(people)
    names = {actor.id: actor.name for actor, _ in listed if actor.kind == "person"}
    titles: dict[str, set[str]] = {}
    for mention in mentions:
        name = names.get(mention.actor)
        if name is None or not mention.text.endswith(" " + name):
            continue
        prefix = mention.text[:-len(name)].split()
        if prefix and all(w[:1].isupper() for w in prefix):
            titles.setdefault(mention.actor, set()).add(" ".join(prefix).lower())
    for actor, last in listed:
        extra = sorted(t for t in titles.get(actor.id, ()) if t not in (actor.role or ""))
        yield (replace(actor, role=" / ".join([actor.role or "", *extra]).strip(" /"))
               if extra else actor), last


def binding_subject(head: Token) -> list[Token]:
    """The tokens of the subject of ``head``'s clause (a conjoined verb shares its first
    conjunct's subject), whose actors a noun phrase that is not reflexive cannot stand for
    (it is not bound in its clause): in "Crown Prince Mohammed bin Salman received the prime
    minister" the prime minister is not the crown prince, though he is also his country's
    prime minister. None when ``head`` is in that subject itself."""
    clause = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subjects: list[Token] = []
    while clause is not None:
        subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    return [t for s in subjects if not s.left_edge.i <= head.i <= s.right_edge.i
            for t in s.subtree]


def description_at(token: Token, lexicon: ActorLexicon) -> Description | None:
    """The one recogniser of descriptions (the actors stage and coreference both call it): a
    description whose determiner ("the") or possessive ("Iran's") is ``token``, headed by a
    singular role noun — one of the vocabulary's heads or any person role of sectors.yaml
    ("the Russian diplomat", "the interior minister") — naming no person or organisation
    and not followed by a name ("the foreign minister Abbas Araghchi")."""
    vocabulary = lexicon.descriptions
    head = token.head
    if token.dep_ not in ("det", "poss") or head.i < token.i:
        return None
    if token.dep_ == "det" and token.lower_ != "the":
        return None
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                           and c.i > head.i for c in children_of(head)):
        return None
    doc = token.doc
    if any(t.ent_type_ in ("PERSON", "ORG") for t in doc[token.i + 1:head.i + 1]):
        return None
    if head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        return None  # "Japan's former prime minister Fumio Kishida": the title of a name
    between = doc[token.i + 1:head.i]
    if head.lower_ not in vocabulary.heads:
        words = [t for t in (*between, head) if t.tag_ != "POS" and not lexicon.lookup(t.text)]
        role = title_role(words, lexicon)
        if role is None or role.kind != "person":
            return None
    modifiers = tuple(t.lower_ for t in between
                      if t.lower_ in vocabulary.modifiers or t.lower_ in FORMER_WORDS)
    modifiers = tuple("former" if m in FORMER_WORDS else m for m in modifiers)
    countries = tuple(t for t in between if t.ent_type_ in ("NORP", "GPE"))
    if token.dep_ == "poss":
        countries = (token,) + countries
    countries += of_countries(head)
    return Description(token, head, modifiers, countries, vocabulary)


def of_countries(head: Token) -> tuple[Token, ...]:
    """States in an "of" phrase on the head: "the president of Armenia"."""
    return tuple(t for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"
                 for t in c.subtree if t.ent_type_ in ("NORP", "GPE"))
