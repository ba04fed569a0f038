"""Which tokens fill the source and target of a trigger.

Source: the possessor or actor modifier of an event noun ("Iran's talks", "US sanctions"),
else the subject of the innermost governor that has one (active), the "by" agent
(passive), or for a noun in an adjunct ("during a visit to Moscow, X signed") the subject of
the verb it modifies. After an appeal or demand ("urged X to", "demanded that X"), the
source is the one who asks and the target the one asked.
Target: the slots of the trigger (direct object, dative, passive subject, prepositional
objects such as with/on/against/to) and of light verbs above it ("gave Tanzania a grant").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from eventwire.events.governors import EFFORT_NOUNS, FUNDING_VERBS, TAKING_VERBS, Link
from eventwire.events.matching import Candidate, candidate_at, object_of, of_objects
from eventwire.events.modality import raising_predicate
from eventwire.lexicon.triggers import TriggerLexicon
from eventwire.token_lookup import children_of, conjuncts_of

VERB_SLOTS = ("dobj", "dative")
OBJECT_SLOTS = ("dobj", "dative", "nsubjpass", "ccomp")
HOLDER_PREPS = ("with", "to", "on", "against", "for", "between")
NOUN_SLOTS = ("with", "on", "against", "between")
STATEMENT_NOUNS = {"statement", "declaration", "communique", "communiqué", "resolution",
                   "letter", "message", "note", "report", "appeal", "ultimatum", "decree"}
RELATIVE = {"who", "which", "that"}
ADJUNCT_PREPS = {"during", "after", "before", "on", "in", "at", "for", "following", "amid",
                 "upon", "with", "since"}


def child(token: Token, *deps: str) -> Token | None:
    return next((c for c in children_of(token) if c.dep_ in deps), None)


def is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(token)) or (
        reduced_passive(token)) or headline_passive(token)


def reduced_passive(token: Token) -> bool:
    """A past participle modifying a noun, with a "by" agent ("talks hosted by Oman", "the
    embassy, attacked by militants"), or any in a headline ("Ugandan opposition figure
    [abducted] in Nairobi, wife says"): a passive clause whose patient is the noun."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and (any(
        c.dep_ == "agent" for c in children_of(token)) or headline(token))


HEADLINE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ",", ")", "]", "}")


def headline(token: Token) -> bool:
    """The token's sentence is a headline: a line of its own with no closing punctuation.
    Read from the tokens around the sentence (a line break is a whitespace token), not from
    the document's text, which spaCy rebuilds on every access (review F12 of session 11)."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text.endswith(HEADLINE_END):
        return False
    doc = token.doc
    return _line_break(doc, words[0].i - 1, -1) and _line_break(doc, words[-1].i + 1, 1)


def _line_break(doc: Doc, i: int, step: int) -> bool:
    """Whether only spaces and at least one line break, or the document's edge, lie from
    token ``i`` on in direction ``step`` before the next word."""
    if step < 0 and i >= 0 and "\n" in doc[i].whitespace_:
        return True
    while 0 <= i < len(doc) and doc[i].is_space:
        if "\n" in doc[i].text:
            return True
        i += step
    if not 0 <= i < len(doc):
        return True
    return step > 0 and "\n" in doc[i - 1].whitespace_


def headline_passive(token: Token) -> bool:
    """A past form with a subject, no auxiliary and no object in a headline ("Kenyan
    opposition leader [arrested] ahead of rally", "Russian dissident [expelled]"): headlines
    tell deeds done in the present tense and drop the auxiliary of a passive, so this is a
    passive whose subject is the patient (review F10). The agent is the "by" phrase or
    unknown."""
    if token.tag_ not in ("VBD", "VBN") or token.dep_ not in ("ROOT", "conj"):
        return False
    if token.lower_ in PRETERITE_ONLY:  # "Israel withdrew from …": no participle, no passive
        return False
    kids = children_of(token)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp") for c in kids):
        return False
    # "retaliated against", "clashed with": the complement of an active intransitive; a
    # passive names its agent with "by" (review F6 of session 11)
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in kids):
        return False
    return any(c.dep_ == "nsubj" for c in kids) and headline(token)


# English irregular verbs whose simple past is not their past participle (withdrew/withdrawn):
# such a form is never a passive, whatever the tagger says of a headline
PRETERITE_ONLY = frozenset("""
withdrew went came became began broke chose drew drove ate fell flew forbade forgave forgot
froze gave grew hid knew lay rode rang rose ran saw shook showed sang sank spoke stole strode
swore swam took tore threw woke wore wrote overtook overthrew undertook underwent foresaw
""".split())


# Nouns for a gathering: who hosts or mediates one acts towards the parties that meet
# (PLOVER CONSULT: mediation and hosting are aimed at the parties, not the meeting).
GATHERING_NOUNS = {"talk", "talks", "meeting", "summit", "ceremony", "negotiation", "round",
                   "session", "conference", "dialogue", "signing", "visit", "consultation"}


HOST_VERBS = {"host", "mediate", "broker", "facilitate", "chair", "convene", "sponsor"}


def participants(noun: Token) -> list[Token]:
    """The parties of a gathering: its "between"/"with" objects ("talks between X and Y"),
    else those who hold it ("X and Y held talks", "X met Y in a meeting …")."""
    found = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("between", "with")
             for g in children_of(c) if g.dep_ == "pobj"]
    if found:
        return found
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in GATHERING_NOUNS:
            return participants(verb)
    elif noun.dep_ != "dobj":
        return []
    if verb.pos_ not in ("VERB", "AUX") or is_passive(verb):
        return []
    holders = [s for s in [subject_of(verb)] if s is not None]
    for c in children_of(verb):  # "met [Y] at a lunch …", "held a meeting [with Y] at …"
        if c.dep_ == "dobj" and c.i != noun.i:
            holders += participants(c) if c.lemma_.lower() in GATHERING_NOUNS else [c]
        elif c.dep_ == "prep" and c.lower_ == "with":
            holders += [p for p in children_of(c) if p.dep_ == "pobj"]
    return holders


def agent_of(token: Token) -> Token | None:
    agent = child(token, "agent")
    return child(agent, "pobj") if agent is not None else None


def subject_of(token: Token) -> Token | None:
    """Active subject, or passive "by" agent; a relative pronoun stands for its noun."""
    found = agent_of(token) if is_passive(token) else child(token, "nsubj", "csubj")
    if found is not None and found.lower_ == "there":
        return None
    if found is not None and found.lower_ in RELATIVE and token.dep_ == "relcl":
        return token.head
    if found is None and token.dep_ in ("relcl", "acl") and not is_passive(token):
        return token.head if token.dep_ == "relcl" else None
    if found is None and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and (
            not is_passive(token) or is_passive(token.head)):
        return subject_of(token.head)  # "X said … and [warned] …": conjoined verbs share it
    if found is None and (controller := participle_controller(token)) is not None:
        return subject_of(controller)
    return found


# Prepositions that open an adverbial -ing clause whose understood subject is the main
# clause's ("after accusing X, Y expelled …", "responded by expelling"); not "without"
# (a deed not done) nor "of"/"for" (a complement of a noun or verb: "accused X of [shelling]")
ADVERBIAL_PREPS = {"after", "before", "by", "since", "upon", "on", "while", "when", "through"}


def participle_controller(token: Token) -> Token | None:
    """The verb whose subject is the understood subject of a subjectless participial
    adjunct: "Norway recalled its ambassador, [accusing] Caracas of …", "After [accusing]
    Rwanda …, Congo expelled …", "Having [accused] …". An active participle's subject is
    the clause it hangs on's (subject control of adjuncts); an agentless passive main clause
    gives its "by" agent or nobody (``subject_of`` of that verb). Not a past participle
    without "having" ("Backed by Russia, the rebels …": the subject is its patient)."""
    active = token.tag_ == "VBG" or token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in children_of(token))
    if not active or token.head.i == token.i:
        return None
    if token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    head = token.head
    if (token.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ADVERBIAL_PREPS
            and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX")):
        return head.head
    return None


def noun_source(token: Token) -> list[Token]:
    """"Iran's talks", "US sanctions", "American aid" (possessive pronouns: see caller). A
    possessive day or date ("Monday's Russian barrage", "last week's talks") dates the event
    (eventwire.stages.dating, ``own``); it names no actor, so the modifiers are read."""
    found = [c for c in children_of(token) if c.dep_ == "poss" and c.pos_ != "PRON"
             and not dated_possessor(c)]
    if not found:
        found = [c for c in children_of(token)
                 if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i
                 and not mediating(c)]
    return found


def noun_partners(token: Token) -> list[Token]:
    """Names modifying an act noun, through a compound chain ("[EU] accession talks", "an
    [EU] association agreement"): when the clause's subject does the act, these name its
    partner or topic (review F9), the target if no slot names one."""
    found: list[Token] = []
    for c in children_of(token):
        if c.i < token.i and c.dep_ in ("compound", "amod", "nmod") and not mediating(c):
            found.append(c)
            if c.dep_ == "compound":
                found += noun_partners(c)
    return found


DATE_ENTS = ("DATE", "TIME")


def dated_possessor(token: Token) -> bool:
    """A possessor that is a time: "Tuesday's", "last year's", "the 2015 deal's"."""
    return token.ent_type_ in DATE_ENTS


# Participles on an event noun that name who did it: "an attack [blamed on] Israel", "the
# killing [attributed to] the militia" (the party held responsible); a "by" agent of any other
# participle ("the strikes, [carried out] by Israeli jets", "the accord [signed] by the two
# leaders") but one of hosting or mediation ("brokered by Qatar": the go-between) or of
# backing or funding ("backed by Iran": a standing relation, not the deed)
BLAMING_VERBS = {"blame": "on", "attribute": "to", "pin": "on"}
# who leads or runs a gathering chairs it ("talks led by the AU"); who leads an attack does it
LEADING_VERBS = {"lead", "organize", "organise", "oversee", "moderate", "supervise"}


def participle_agent(token: Token) -> list[Token]:
    """Who did the act an event noun names, by a past participle modifying it (see
    :data:`BLAMING_VERBS`): the "by" agent, or the one it is blamed on."""
    found: list[Token] = []
    for verb in children_of(token):
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        lemma = verb.lemma_.lower()
        if lemma in HOST_VERBS or lemma in FUNDING_VERBS or (
                lemma in LEADING_VERBS and token.lemma_.lower() in GATHERING_NOUNS):
            continue  # "talks led by the African Union": the chair, no party
        preps = ("agent",) if lemma not in BLAMING_VERBS else ("prep",)
        word = "by" if lemma not in BLAMING_VERBS else BLAMING_VERBS[lemma]
        for prep in children_of(verb):
            if prep.dep_ in preps and prep.lower_ == word:
                for obj in children_of(prep):
                    if obj.dep_ == "pobj":
                        found += [obj, *conjuncts_of(obj)]
    return found


def mediating(modifier: Token) -> bool:
    """A participle of hosting or mediation before the noun ("a Qatar-[mediated] truce", "the
    Beijing-[brokered] deal"): the name on it is the go-between, not the noun's actor."""
    return modifier.tag_ == "VBN" and modifier.lemma_.lower() in HOST_VERBS


def instrument_noun(token: Token, links: Sequence[Link]) -> bool:
    """An event noun that an agentive light verb acts on ("launched a process to restore
    [UN] sanctions on Iran", "sought to reimpose [EU] sanctions"): an actor name modifying it
    names the instrument or regime (UN sanctions are sanctions under a UN resolution), not
    who acts now; the acting party is the light verb's own subject (or the owner of the
    effort it belongs to). A possessor still owns the act ("Iran's talks"). Verbs whose
    subject receives the thing ("Ukraine received US aid") are not agentive."""
    if not links or token.dep_ != "dobj":
        return False
    verb = links[0]
    return (verb.via == "dobj" and verb.token.pos_ == "VERB" and verb.candidate is not None
            and verb.candidate.entry.stance == "light"
            and verb.token.lemma_.lower() not in RECEIVING_VERBS)


# Governor stances whose subject is the actor of the governed act noun (not "face": "Russia
# faces US sanctions" is the US's act)
STANCE_GOVERNORS = {"end", "reject", "intend", "threaten"}


def stance_subject(token: Token, links: Sequence[Link]) -> Token | None:
    """The subject of a verb that ends, refuses, plans or threatens the act noun it takes as
    object ("[Georgia] suspended EU accession talks", "[Iran] rejected UN sanctions"): the
    actor of the act, before any name on the noun, which names the partner or topic
    (review F9)."""
    if not links or token.dep_ != "dobj":
        return None
    verb = links[0]
    if (verb.via != "dobj" or verb.token.pos_ != "VERB" or verb.candidate is None
            or verb.candidate.entry.stance not in STANCE_GOVERNORS):
        return None
    return subject_of(verb.token)


RECEIVING_VERBS = {"receive", "get", "accept", "obtain", "win", "secure", "welcome", "seek"}


def received_from(candidate: Candidate, links: Sequence[Link]
                  ) -> tuple[list[Token], list[Token]] | None:
    """Aid told from the recipient's side ("Kenya received a loan from the UAE", "Egypt
    accepted a $3 billion loan from the IMF", "Kyiv secured US aid"): (the givers, the
    recipient), or None when the aid noun is not the object of a verb of taking. PLOVER AID
    is the provider's act towards the recipient, so the giver is the source (the "from"
    phrase on the noun or the verb, else the noun's actor modifier: "US aid") and the
    taking verb's subject the target, whatever the voice of the sentence."""
    token = candidate.token
    if candidate.entry.pos != "noun":
        return None
    # through a sum or quantity ("received $800 million in aid from Japan")
    rest = list(links)
    while rest and rest[0].token.pos_ in ("NOUN", "NUM", "SYM") and rest[0].stance is None:
        rest = rest[1:]
    if not rest or rest[0].via != "dobj":
        return None
    verb = rest[0].token
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_VERBS or is_passive(verb):
        return None
    taker = subject_of(verb)
    if taker is None:
        return None
    between = [token, *(link.token for link in links[:len(links) - len(rest) + 1])]
    givers = [g for h in between for c in h.children if c.dep_ == "prep"
              and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    if not givers:
        givers = [c for c in noun_source(token) if c.pos_ in ("PROPN", "ADJ")]
    return givers, [taker]


def appeal_index(links: Sequence[Link]) -> int | None:
    for k, link in enumerate(links):
        if link.stance in ("appeal", "demand"):
            return k
    return None


def source_tokens(candidate: Candidate, links: Sequence[Link], reporter: Token | None = None
                  ) -> Iterator[list[Token]]:
    """Candidate source phrases, best first; the caller takes the first that resolves."""
    tokens = [candidate.token, *(link.token for link in links)]
    k = appeal_index(links)
    start = 0 if k is None else k + 1
    for position, token in enumerate(tokens[start:], start):
        if token.pos_ in ("NOUN", "PROPN"):
            if position == 0 and links and links[0].stance == "command":
                continue  # "Putin orders [an Easter truce]": the one who orders acts
            if position == 0 and instrument_noun(token, links):
                yield [c for c in children_of(token) if c.dep_ == "poss" and c.pos_ != "PRON"]
            elif position == 0:
                if (doer := stance_subject(token, links)) is not None:
                    yield [doer]
                yield noun_source(token)
                yield noun_agent(token)  # "the expulsion of the envoy [by] Peru"
                yield participle_agent(token)  # "a strike blamed on Israel"
                for slot in candidate.entry.source or ():  # "the withdrawal [of] troops"
                    yield noun_slot(token, slot)
            yield [c for c in children_of(token) if c.dep_ == "poss" and c.pos_ != "PRON"]
            continue
        if any(link.stance == "face" and link.token.i == token.i for link in links):
            return
        if position > 0 and tokens[position - 1].dep_ == "conj" and is_passive(token):
            yield [c for c in children_of(token) if c.dep_ == "nsubjpass"]  # "was indicted and
            return                                                        # will resign"
        if (reporting := reporting_conjunct(token)) is not None:
            yield [s for s in [subject_of(reporting)] if s is not None]
            return
        if raising_predicate(token):  # "[The US] is set to withdraw": the deed's subject
            holder = token.head if token.dep_ == "acomp" else token  # "[X] is due to meet"
            subjects = [c for c in children_of(holder) if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                yield subjects
                return
        if infinitive_of_effort(token):  # "launched a process [to restore] …"
            yield clause_owner(token, True)
            return
        if token.dep_ == "acl" and token.tag_ == "VBG":
            yield [token.head]  # "Iraqi protesters [demanding] …" (no return: "a statement
        if (subject := subject_of(token)) is not None:  # demanding …" has an owner)
            yield [subject]
            if shared_subject(token) and token.head.dep_ == "ccomp" and (
                    reporter := subject_of(token.head.head)) is not None:
                yield [reporter]  # "X said the talks had failed and [accused] Y": the talks
            return                # accuse no one; the reporter's second act
    yield adjunct_subject(tokens[-1])
    yield clause_owner(tokens[-1], len(tokens) > 1)
    yield purpose_subject(tokens[-1])
    yield [c for c in children_of(candidate.token) if c.dep_ == "poss"]  # "their cooperation"
    if reporter is not None and not passive_context(tokens) and (
            speaker := subject_of(reporter)) is not None:
        yield [speaker]  # "there is no possibility of talks, the Kremlin said"


def shared_subject(token: Token) -> bool:
    """A conjoined verb with no subject of its own (it shares its head's)."""
    return token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(token))


TENSE_AUX = {"had", "has", "have", "would", "will", "could", "might", "may", "should"}


def reporting_conjunct(token: Token) -> Token | None:
    """"X said Y had accepted the plan and [urged] Z …": coordination joins like with like.
    A bare past-tense verb the parser conjoined to a reported clause marked by its own
    auxiliary ("had accepted") matches the reporting verb's tense instead: it is the
    reporter's second act, with the reporter as its subject. Returns the reporting verb."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or head.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(token)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in TENSE_AUX for c in children_of(head)):
        return None
    reporter = head.head
    return reporter if reporter.tag_ == "VBD" and subject_of(reporter) is not None else None


def passive_context(tokens: Sequence[Token]) -> bool:
    """A passive trigger, or a noun in a passive clause ("were killed in a bombing"): the
    reporter is not the agent."""
    top = tokens[-1]
    verb = top.head.head if top.dep_ == "pobj" else top
    return any(is_passive(t) for t in (*tokens, verb))


def clause_owner(token: Token, governor: bool) -> list[Token]:
    """"X issued a statement demanding …", "X reiterated its demand that …": the subject of
    the verb whose object the clause or event noun belongs to."""
    noun = token.head if token.dep_ == "acl" or infinitive_of_effort(token) else token
    if noun.i != token.i and noun.lemma_.lower() not in STATEMENT_NOUNS | EFFORT_NOUNS:
        return []  # "rejected a US offer to host a summit": the offer is not the rejecter's
    if noun.i == token.i and not governor:
        return []  # an event noun itself: "police prevented the demonstration" is not theirs
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return []
    subject = subject_of(noun.head)
    return [subject] if subject is not None else []


def infinitive_of_effort(token: Token) -> bool:
    """A to-infinitive modifying an effort noun ("a process to restore …", "a bid to
    block …"): the parser may call it a relative clause, whose subject would be the noun."""
    return (token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in EFFORT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)))


# Verbs that make their object do the infinitive's deed ("prompting Poland to scramble
# jets", "forced Iraq to close its airspace"): the object controls it, not the subject
CAUSING_VERBS = {"prompt", "force", "cause", "lead", "push", "compel", "drive", "spur",
                 "oblige", "persuade", "convince", "encourage", "provoke", "pressure",
                 "pressurise", "pressurize", "trigger", "leave"}


def purpose_subject(token: Token) -> list[Token]:
    """"X shunned work to protest …": the subject of a purpose clause is the main subject."""
    if token.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return []
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in CAUSING_VERBS and any(
            c.dep_ in ("dobj", "dative") for c in children_of(token.head)):
        return []  # "prompting Poland to [scramble] jets": object control, the deed (if any)
        # is the object's own, never the prompter's
    subject = subject_of(token.head)
    return [subject] if subject is not None else []


def adjunct_subject(token: Token) -> list[Token]:
    """"During a visit to Moscow, X signed …": the visit is X's."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "pobj":
        return []
    prep = token.head
    if prep.lower_ not in ADJUNCT_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    subject = subject_of(prep.head)
    return [subject] if subject is not None else []


# "fight on [with the backing of] the United States": who backs an act is neither its
# counterpart nor its target (the act's side, if anything), so these never fill a "with" slot
BACKING_NOUNS = {"backing", "support", "help", "assistance", "aid", "blessing", "approval",
                 "consent", "cooperation", "participation", "mediation", "involvement"}


def slot_tokens(token: Token, slot: str, exclude: set[int]) -> list[Token]:
    if slot in ("dobj", "dative", "nsubjpass"):
        return [c for c in children_of(token) if c.dep_ == slot and c.i not in exclude]
    if slot == "ccomp":
        clause = child(token, "ccomp")
        subject = child(clause, "nsubj", "nsubjpass") if clause is not None else None
        if subject is None and clause is not None:  # a subject the parser hung on the
            subject = next((s for a in children_of(clause) if a.dep_ == "aux"  # auxiliary:
                            if (s := child(a, "nsubj", "nsubjpass")) is not None), None)
        return [subject] if subject is not None else []  # "X said [forces] had committed"
    out: list[Token] = []
    for prep in children_of(token):
        if prep.dep_ in ("prep", "dative") and prep.lower_ == slot:
            out.extend(c for c in children_of(prep) if c.dep_ == "pobj" and c.i not in exclude
                       and not (slot == "with" and c.lemma_.lower() in BACKING_NOUNS))
            if prep.i > token.i:  # "signed it with X underpinning …", not "With X facing …, "
                out.extend(s for c in children_of(prep) if c.dep_ == "pcomp"
                           for s in children_of(c) if s.dep_ == "nsubj")
    return out


# What a complaint or protest is about: the party it names there is the one accused; the
# "to" phrase beside it names the addressee, the audience of the complaint ("complained to
# the UN Security Council about Indian strikes" is aimed at India, CAMEO 114)
TOPIC_PREPS = ("about", "over", "against")


def prep_slot(token: Token, trigger: Token) -> str | None:
    """The preposition whose object ``token`` is, when that phrase hangs on the trigger."""
    head = token.head
    if token.dep_ != "pobj" or head.dep_ not in ("prep", "dative") or head.head.i != trigger.i:
        return None
    return head.lower_


def target_tokens(candidate: Candidate, links: Sequence[Link], preps: Sequence[str]
                  ) -> list[Token]:
    token, entry = candidate.token, candidate.entry
    chain_ids = {token.i, *(link.token.i for link in links)}
    if (asked := addressees(token, links)) is not None:
        return asked
    slots = list(entry.target or ((*VERB_SLOTS, *HOLDER_PREPS) if entry.pos == "verb"
                                  else NOUN_SLOTS))
    slots += [p for p in preps if p not in slots]
    if any(link.stance in ("appeal", "demand") for link in links):
        slots += ["by", "from"]  # "demanded an admission by Moscow", "an apology from X"
    found: list[Token] = []
    if entry.pos == "verb" and is_passive(token):
        found += slot_tokens(token, "nsubjpass", chain_ids)
        if headline_passive(token):  # "Kenyan opposition leader arrested": the patient
            found += [c for c in children_of(token) if c.dep_ == "nsubj"]
    if entry.pos == "verb" and reduced_passive(token):  # its noun is the patient
        noun = token.head
        gathering = noun.lemma_.lower() in GATHERING_NOUNS or noun.lower_ in GATHERING_NOUNS or (
            token.lemma_.lower() in HOST_VERBS)  # "a lunch hosted by X": its guests
        found += participants(noun) if gathering else [noun]
    for slot in slots:
        found += slot_tokens(token, slot, chain_ids)
    prep_slots = [s for s in slots if s not in OBJECT_SLOTS]
    for holder in object_holders(token):  # "broke relations [with Russia]"
        for slot in dict.fromkeys([*prep_slots, *HOLDER_PREPS]):
            found += slot_tokens(holder, slot, chain_ids)
    found += governor_targets(links, prep_slots, chain_ids)
    for link in links:  # "a mediation effort [between X and Y]"
        if link.via == "compound":
            for slot in NOUN_SLOTS:
                found += slot_tokens(link.token, slot, chain_ids)
    if links and links[0].via == "ccomp" and links[0].token.pos_ == "NOUN":
        found += [s for s in [subject_of(token)] if s is not None]  # "its demand that [X] …"
    return found


# Acts done to things (closing, seizing, freezing, striking): aimed at the things' owner.
MATERIAL_TYPES = {"SANCTION", "COERCE", "ASSAULT"}


def owner_of_object(candidate: Candidate, plover: str) -> list[Token]:
    """The owner of what a material act is done to, for a verb whose object is a thing, not
    a party ("closed Russia's consulate", "froze Iran's assets"): the act is aimed at the
    owner (PETRARCH takes the first actor in the verb phrase as the target). Not for talk
    or cooperation about a thing ("discussed Putin's plan" is not aimed at Putin), and not
    when the verb's own slots take the object. A possessive pronoun ("closed its
    airspace") names the subject's own thing: no target."""
    token, entry = candidate.token, candidate.entry
    if plover not in MATERIAL_TYPES or entry.pos != "verb" or "dobj" in (
            entry.target or VERB_SLOTS):
        return []
    obj = child(token, "dobj")
    if obj is None:
        return []
    # "closed Russia's consulate"; "closed the Iranian consulate", "froze Russian assets": a
    # nationality on the thing names its owner as a possessive does
    return [c for c in children_of(obj) if c.dep_ == "poss" and c.pos_ != "PRON"
            or c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            and c.i < obj.i]


# A border is shared: an act on one's border "with" a neighbour (closing crossings, sealing
# it, massing troops along it) is aimed at that neighbour.
BORDER_NOUNS = {"border", "frontier", "boundary", "crossing", "crossings", "border-crossing"}
BORDER_TYPES = MATERIAL_TYPES | {"MOBILIZE", "THREATEN"}


def border_partners(chain_tokens: Sequence[Token], plover: str) -> list[Token]:
    """The neighbour whose border a material act or deployment is on: "closed all crossings
    on its border with Cambodia", "sealed the frontier with Afghanistan", "deployed troops
    along the boundary with Eritrea", "shut the Afghan border" (CAMEO 191 restrict movement,
    15x mobilise: the act restricts or threatens the other side of the border; PETRARCH
    takes the first actor in the verb phrase as the target). Only the trigger's and its
    governors' own phrases, not clauses under them."""
    if plover not in BORDER_TYPES:
        return []
    found: list[Token] = []
    for token in chain_tokens:
        stack = [c for c in token.children if c.dep_ in ("dobj", "prep", "nsubjpass")]
        while stack:
            node = stack.pop()
            if node.lemma_.lower() in BORDER_NOUNS and node.pos_ == "NOUN":
                # "with X" on the border noun, or on the verb when the parser attached it
                # there ("deployed troops along its border with Eritrea")
                partners = [g for h in (node, token) for c in h.children
                            if c.dep_ == "prep" and c.lower_ == "with"
                            for g in c.children if g.dep_ == "pobj"]
                partners += [c for c in node.children if c.dep_ in ("amod", "compound")
                             and c.i < node.i and c.pos_ in ("PROPN", "ADJ")]
                found += [t for p in partners for t in (p, *conjuncts_of(p))]
            stack += [c for c in node.children if c.dep_ in ("prep", "pobj", "dobj", "conj")]
    return found


def addressees(token: Token, links: Sequence[Link]) -> list[Token] | None:
    """Whom an appeal or demand is made of (CAMEO 02/10, PLOVER REQUEST: the target is the
    actor asked): the object of "urged [X] to …", the subject of "demanded that [X] …". The
    asked deed's own objects are not targets ("urged Russia to release Ukrainian
    prisoners" is aimed at Russia, not Ukraine). A passive clause names only its patient
    ("demanded that the fishermen be released"): then its "by" agent, else no one. None:
    not an appeal of those shapes (the other slots decide)."""
    k = appeal_index(links)
    if k is None:
        return None
    asking, lower = links[k], token if k == 0 else links[k - 1].token
    if asking.via == "ccomp" and is_passive(lower):
        return [a for a in [agent_of(lower)] if a is not None]
    if asking.via == "ccomp":
        return [c for c in children_of(lower) if c.dep_ == "nsubj"] or None
    if asking.via == "xcomp" and asking.token.pos_ in ("VERB", "AUX"):
        return [c for c in children_of(asking.token) if c.dep_ in ("dobj", "dative")] or [
            g for c in children_of(asking.token) if c.dep_ == "prep" and c.lower_ in ("on", "to")
            for g in children_of(c) if g.dep_ == "pobj"] or None  # "called on X to …"
    return None


def noun_slot(token: Token, slot: str) -> list[Token]:
    """A source slot of an event noun, on the noun or (any slot but "of" itself) on its "of"
    object, where the parser often hangs it ("the extradition of a banker [from] Italy")."""
    found = slot_tokens(token, slot, {token.i})
    if found or slot == "of":
        return found
    return [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
            for o in children_of(c) if o.dep_ == "pobj" for g in slot_tokens(o, slot, {token.i})]


def noun_agent(token: Token) -> list[Token]:
    """The "by" agent of an event noun, on the noun or on its "of" object ("the deportation of
    200 migrants [by] the United States", however the parser attached it)."""
    holders = [token, *(g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in children_of(c) if g.dep_ == "pobj")]
    return [g for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "by"
            for g in children_of(c) if g.dep_ == "pobj"]


def act_agents(token: Token) -> list[Token]:
    """Who did the act an event noun names: its "by" agent ("the killing of two journalists
    by Serbian troops") or its possessor / actor modifier ("Iran's attack", "the Russian
    strike"). A criticism, praise or rejection of an act is aimed at that actor (CAMEO 05,
    11, 12; PLOVER ACCUSE, SUPPORT, REJECT), not at those it was done to."""
    if token.pos_ != "NOUN":
        return []
    by = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "by"
          for g in children_of(c) if g.dep_ == "pobj"]
    return by or noun_source(token)


# Nouns for an act as such, the words a report uses to refer back to one ("condemned the
# move"); besides these, any event noun of the trigger lexicon ("the attack", "the expulsion").
ACT_NOUNS = {"move", "step", "decision", "action", "measure", "act", "plan", "charge",
             "accusation", "allegation", "remark", "comment", "claim", "announcement",
             "behaviour", "behavior", "conduct", "incident", "policy", "order", "ruling",
             "restriction", "penalty", "package", "curb", "verdict", "judgment", "judgement",
             "outcome", "result", "deal", "agreement", "accord", "pact", "treaty",
             "resolution", "motion", "decree", "bill"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}


# English suffixes that make a noun of a verb ("demolish" → "demolition", "close" →
# "closure", "legislate" → "legislation", "harass" → "harassment", "expel" → "expulsion").
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ure", "ance", "ence")


def nominalisation(token: Token) -> bool:
    """A common noun made of a verb by its suffix: the name of an act whether or not the
    trigger lexicon codes it ("the demolition", "the closure", "the legislation")."""
    lemma = token.lemma_.lower()
    return token.tag_ in ("NN", "NNS") and len(lemma) > 6 and lemma.endswith(NOMINAL_SUFFIXES)


def anaphoric_act(token: Token, lexicon: TriggerLexicon, nominal: bool = False) -> bool:
    """A definite act noun with no agent of its own ("the move", "this decision", "the
    expulsion"): it refers to an act told before. Not with a possessor, an actor modifier, a
    "by" phrase or a relative clause (those say whose act it is). ``nominal``: any
    nominalisation counts too (the object of a stance: "condemned the demolition"); the
    caller rules out nouns that name an actor ("the administration")."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE
                                       for c in children_of(token)):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod", "relcl", "acl") and
           c.pos_ in ("PROPN", "PRON", "VERB") or c.dep_ == "prep" and c.lower_ in ("by", "of")
           for c in children_of(token)):
        return False
    if token.lemma_.lower() in ACT_NOUNS or nominal and nominalisation(token):
        return True
    found = candidate_at(token, lexicon)
    return found is not None and found.entry.pos == "noun"


def complement_tokens(token: Token) -> list[Token]:
    """Slots of an infinitive complement that is not itself an event: "agreed to open its
    airspace [to Eritrean airlines]", "offered to mediate [between X and Y]" — the target of
    the intent is the party its deed is for (PETRARCH takes the first actor of the VP)."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    clause = child(token, "xcomp")
    if clause is None:
        return []
    found: list[Token] = []
    for slot in (*VERB_SLOTS, *COMPLEMENT_PREPS):
        found += slot_tokens(clause, slot, {token.i})
    for holder in object_holders(clause):  # "open its airspace [to Eritrean airlines]"
        for slot in COMPLEMENT_PREPS:
            found += slot_tokens(holder, slot, {token.i})
    return found


# Recipients and partners of a complement's deed; not "on"/"for" (its topic: "failed to
# reach agreement on the fate of X" is not aimed at X).
COMPLEMENT_PREPS = ("to", "with", "against", "between")


def venue_tokens(chain_tokens: Sequence[Token]) -> list[Token]:
    """The institution a protest is held at ("rallied outside the Argentine embassy"): a
    common noun after a locative preposition, whose actor is in its modifiers. A protest is
    aimed at whoever it is held against (PLOVER PROTEST); one outside an embassy or a
    ministry is aimed at its owner. Place names themselves are not venues."""
    found: list[Token] = []
    for token in chain_tokens:
        for prep in children_of(token):
            if prep.dep_ == "prep" and prep.lower_ in VENUE_PREPS:
                found += [m for g in children_of(prep) if g.dep_ == "pobj" and g.pos_ == "NOUN"
                          for m in noun_source(g)]
    return found


# Locative prepositions of a venue ("at" also marks what is protested: "protest at X").
VENUE_PREPS = {"outside", "near", "before", "opposite"}


def object_holders(token: Token) -> list[Token]:
    """The object of a trigger and what it quantifies ("part of a program [for Bosnia]")."""
    obj = object_of(token)
    return [obj, *of_objects(obj)] if obj is not None else []


def governor_targets(links: Sequence[Link], prep_slots: Sequence[str], exclude: set[int]
                     ) -> list[Token]:
    found: list[Token] = []
    k = appeal_index(links)
    rejected = any(link.stance == "reject" for link in links)
    for position, link in enumerate(links):
        if link.stance == "face":
            found += [s for s in [subject_of(link.token)] if s is not None]
        elif position == k:
            entry_slots = link.candidate.entry.target if link.candidate else None
            for slot in (*(entry_slots or ("dobj",)), "ccomp"):
                found += slot_tokens(link.token, slot, exclude)
            if links[position].via in ("xcomp", "ccomp") and position > 0:
                found += [s for s in [subject_of(links[position - 1].token)] if s is not None]
        if rejected and link.stance != "reject" and link.token.pos_ == "NOUN":
            # "rejected [a US] offer", "rejected calls [by Belarus's rulers]"
            found += noun_source(link.token) + slot_tokens(link.token, "from", exclude)
            found += slot_tokens(link.token, "by", exclude)
        if link.token.pos_ in ("VERB", "AUX"):
            own = link.candidate.entry.target or () if link.candidate else ()
            for slot in (*own, *prep_slots):
                if slot not in ("dobj", "ccomp") or link.stance == "light":
                    found += slot_tokens(link.token, slot, exclude)
    return found


# Verbs whose object is given and got by both subjects ("exchanged fire", "traded
# accusations", "swapped prisoners"): English reciprocal verbs of exchange.
EXCHANGE_VERBS = {"exchange", "trade", "swap"}
# the argument slots a reciprocal pronoun fills (not clauses: "said each other's …")
MUTUAL_DEPS = ("dobj", "dative", "prep", "pobj", "poss", "pcomp")


def mutual(token: Token) -> bool:
    """Whether the act a trigger names is done by its subjects to each other: a reciprocal
    pronoun among its arguments ("accused each other", "accused one another", "fired at
    each other", "expelled each other's ambassadors") or a verb of exchange over it
    ("exchanged fire", "exchanged missile strikes"). Each party is then the other's target
    (CAMEO and PLOVER code a reciprocal act once per direction). Only the trigger's own
    arguments count: the walk does not enter a clause or gerund under it ("accused Russia and
    China of shielding each other": the accused shield each other; the accusers do not
    accuse each other)."""
    doc = token.doc
    verb = token.head if token.dep_ == "dobj" else token
    if verb.lemma_.lower() in EXCHANGE_VERBS:
        return True
    stack = list(children_of(token))
    while stack:
        node = stack.pop()
        if node.dep_ not in MUTUAL_DEPS and node.dep_ != "det":
            continue
        if node.pos_ in ("VERB", "AUX"):  # "accused X of shielding each other": the
            continue  # reciprocal is the embedded deed's argument, not the trigger's
        lower = node.lower_
        before = doc[node.i - 1].lower_ if node.i > 0 else ""
        after = doc[node.i + 1].lower_ if node.i + 1 < len(doc) else ""
        if lower == "other" and before == "each" or lower == "one" and after == "another" \
                or lower == "another" and before == "one":
            return True
        stack += children_of(node)
    return False
