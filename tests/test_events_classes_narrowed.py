"""The class rules of ``events/matching.py`` kept to the codebook's reasons (session 6 review,
S3/S3a/S6), on sentences of our own, each asserting the exact events (PLOVER type, CAMEO code,
source and target actor codes, modality, trigger):

- a crowd is a demonstration (CAMEO 141) only with a protest cue, never when it gathers to
  celebrate, mourn or watch; waving flags or singing is no demand;
- force sent against someone (CAMEO 19) is a force (troops, jets, drones of an army) sent
  against a party or position; "use" is no sending (police tear gas keeps 175); troops sent
  against demonstrators are violent repression (175);
- a price warning (CAMEO 130) is about another party paying for a deed: not the speaker
  bearing responsibility, not "the consequences of the flood"; its clause is no second threat;
- a vote "to strike / block / cancel" is a vote down (CAMEO 12) only of a proposal;
- an expulsion (CAMEO 166) is of another state's envoy, given a time "to leave";
- a judicial execution (CAMEO 186) is of a person, not of "the orders of the minister";
  an agentless hanging has the state as its agent, like an agentless execution;
- leaving a body (CAMEO 161) is a state's act: not a lawyer's, a party's or a company's; a
  body named by an acronym the parser left untagged ("quit ECOWAS") is a body;
- an evaluation (CAMEO 111/112) is of an act, not of a death; an unnamed ministry does not
  borrow the country of the act it condemns.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_rows import event_rows
from eventwire.api import Engine

PUBLISHED = "2025-04-10T08:00:00+00:00"


def rows(engine: Engine, text: str) -> list[tuple[Any, ...]]:
    return event_rows(engine, text, PUBLISHED, codes=True)


CROWDS = [
    ("Thousands of people gathered in the main square of Lima to celebrate the team's win, "
     "waving flags and singing.", []),
    ("Hundreds of residents gathered outside the mosque in Sarajevo to mourn the victims, "
     "holding candles.", []),
    ("In Nairobi, crowds gathered outside the stadium to watch the final on big screens.", []),
    ("A large crowd gathered outside the ministry in Accra, chanting slogans against the "
     "minister.", [("PROTEST", "141", ["GHACVL"], ["GHA"], "asserted", "gathered")]),
    ("Thousands of people gathered in Belgrade, waving flags and demanding the resignation of "
     "the government.", [("PROTEST", "141", ["SRBCVL"], ["SRB"], "asserted", "gathered")]),
]

FORCE = [
    ("Egyptian farmers used drones against the desert locusts near Aswan.", []),
    ("The ministry sent food trucks to Sudan against the wishes of the army.", []),
    ("Germany used its veto against the takeover of the two banks.", []),
    ("Police in Ankara used water cannon and tear gas against students.",
     [("ASSAULT", "175", ["TURCOP"], ["TUREDU"], "asserted", "used")]),
    ("Israel sent warplanes against Hezbollah positions in southern Lebanon.",
     [("ASSAULT", "195", ["ISR"], ["LBNREB"], "asserted", "sent")]),
    ("Belarus sent riot troops against the demonstrators in Minsk.",
     [("ASSAULT", "175", ["BLR"], ["BLRCVL"], "asserted", "sent")]),
]

WARNINGS = [
    ("Analysts in Accra said cocoa farmers would face the consequences of the drought for "
     "years.", []),
    ("Chancellor Olaf Scholz said he would bear responsibility for the collapse of the talks.",
     []),
    ("China warned that Japan would regret its exercises with Australia.",
     [("THREATEN", "130", ["CHN"], ["JPN"], "asserted", "warned")]),
    ("Ankara warned that Greece would face the consequences of its provocations.",
     [("THREATEN", "130", ["TUR"], ["GRC"], "asserted", "warned")]),
]

VOTES = [
    ("The House voted to strike a deal with the nurses' union on Friday.", []),
    ("The Polish parliament voted to block imports of Ukrainian grain from next month.",
     [("SANCTION", "163", ["POLLEG"], ["UKR"], "asserted", "block")]),
]

EXPULSIONS = [
    ("France asked its ambassador to leave Algiers for consultations.",
     [("REQUEST", "020", ["FRA"], ["DZA"], "asserted", "asked")]),
    ("Chile's president gave the departing Argentine ambassador a watch before he left the "
     "country.", []),
]

EXECUTIONS = [
    ("The Nigerian Treasury executed the order of the minister on Friday.", []),
    ("Iran executed four men convicted of spying for Israel.",
     [("ASSAULT", "186", ["IRN"], [], "asserted", "executed")]),
    ("An Iranian dissident was hanged in a prison near Tehran on Monday.",
     [("ASSAULT", "190", ["IRN"], ["IRNOPP"], "asserted", "hanged")]),
]

LEAVING = [
    ("Defence lawyer Ana Silva withdrew from the court on Monday after a dispute with the "
     "judge.", [("RETREAT", "087", ["JUD"], [], "asserted", "withdrew")]),
    ("The Labour Party quit the coalition in protest over the budget.", []),
    ("Microsoft withdrew from the Chamber of Commerce over its climate policy.",
     [("RETREAT", "087", [None], ["BUS"], "asserted", "withdrew")]),
    ("Hungary announced its withdrawal from the International Criminal Court.",
     [("SANCTION", "161", ["HUN"], ["IGOJUDICC"], "asserted", "withdrawal")]),
    ("Guinea, Mali and Niger quit ECOWAS in March.",
     [("SANCTION", "161", ["GIN", "MLI", "NER"], ["IGOWAFBUSWAS"], "asserted", "quit")]),
]

EVALUATIONS = [
    ("The pathologist in Paris described the death of the Algerian dissident as an accident.",
     []),
    ("The Foreign Ministry described the US decision as a gross violation of international "
     "law.", [("ACCUSE", "112", [], ["USA"], "asserted", "violation")]),
]


@pytest.mark.parametrize("text,expected", [*CROWDS, *FORCE, *WARNINGS, *VOTES, *EXPULSIONS,
                                           *EXECUTIONS, *LEAVING, *EVALUATIONS])
def test_class_rule_keeps_to_the_codebook(engine: Engine, text: str,
                                          expected: list[tuple[Any, ...]]) -> None:
    assert rows(engine, text) == expected
