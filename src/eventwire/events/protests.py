"""Protest, not war: the CAMEO 14 codes of crowds and strikers.

The CAMEO codebook puts civilians' dissent under 14 PROTEST, violent or not: 141
demonstrate, 142 hunger strike, 143 strike or boycott, 144 obstruct passage, 145 "protest
violently, riot" (a riot is 145, never 19 FIGHT, which is conventional military force);
PLOVER's PROTEST 'riot' mode is "violent action directed toward members of other groups or
property" by protesters. Two words of the force lexicon name protest acts:

- "strike" is also a stoppage of work (PETRARCH2 STAGE/HOLD/PUT * STRIKE [143], OBSERVE *
  {GENERAL STRIKE} [143], "* STRIKE IN PROTEST" [141]; Phoenix.agents.txt STRIKING_WORKER
  [~LAB]): "went on strike", "a general/indefinite/nationwide strike", "strike action", or a
  strike whose doers are workers, teachers, doctors or other civilians (no armed body strikes
  that way) is 143;
- violence done by protesters, demonstrators, rioters or a mob ("protesters clashed with
  police", "rioters torched cars", "demonstrators stormed parliament") is 145.

Force used *against* protesters (tear gas, water cannon, baton charges) stays the security
forces' act (CAMEO 175, PLOVER ASSAULT 'crowd-control').
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.token_lookup import children_of

# modifiers that make "strike" a stoppage of work (PETRARCH2 {GENERAL STRIKE},
# {COUNTRYWIDE STRIKE}; the forms of a labour dispute)
LABOUR_STRIKE_MODS = frozenset({"general", "countrywide", "nationwide", "national",
                                "indefinite", "labour", "labor", "wildcat", "sympathy",
                                "warning", "token", "rolling", "sit-down", "work", "union",
                                "worker", "workers", "teacher", "teachers", "transport",
                                "rail", "dock"})
# "strike action", "strike ballot", "strike pay": the noun as a modifier of labour words
LABOUR_STRIKE_HEADS = frozenset({"action", "ballot", "pay", "committee", "leader", "vote"})
# sectors whose members strike by stopping work, never by force (labour, education, health,
# agriculture, business, civilians); armed and state bodies strike by force
STRIKING_SECTORS = frozenset({"LAB", "EDU", "MED", "HLH", "AGR", "BUS", "CVL"})
# the people of a protest (Phoenix.agents.txt PROTESTER/DEMONSTRATOR/RIOTER [~OPP]/[~CVL])
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob",
                             "marcher", "picketer", "picket"})
# force codes a crowd's violence would otherwise get: unconventional and conventional force,
# and seizing or damaging property (torching cars, looting shops)
RIOT_CODES = ("18", "19", "171")


def labour_strike(token: Token) -> bool:
    """The noun "strike" names a stoppage of work by its grammar: "went on strike", "are
    on strike" (the object of "on"), "a general strike", "strike action"."""
    if token.lemma_.lower() != "strike" or token.pos_ != "NOUN":
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ in (
            "VERB", "AUX", "NOUN"):
        return True
    if token.dep_ == "compound" and token.head.lemma_.lower() in LABOUR_STRIKE_HEADS:
        return True
    return any(c.dep_ in ("amod", "compound", "nmod") and (
        c.lower_ in LABOUR_STRIKE_MODS or c.lemma_.lower() in LABOUR_STRIKE_MODS)
        for c in children_of(token))


def protest_code(cameo: str, trigger: Token, source_phrase: Sequence[Token],
                 source_sectors: Sequence[str | None]) -> str:
    """The CAMEO 14 code of a force code told of strikers or protesters, else ``cameo``."""
    if not cameo.startswith(RIOT_CODES):
        return cameo
    if trigger.lemma_.lower() == "strike" and trigger.pos_ == "NOUN" and source_sectors and all(
            s in STRIKING_SECTORS for s in source_sectors):
        return "143"  # "a strike by dock workers": no air strike by workers
    if any(t.lemma_.lower() in PROTESTER_NOUNS or t.lower_ in PROTESTER_NOUNS
           for t in source_phrase):
        return "145"  # "protesters clashed with police", "rioters torched cars"
    return cameo
