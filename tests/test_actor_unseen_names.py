"""Actors the dictionaries do not list, on news sentences we wrote (issue 10, session 9): people
known only by a title, an apposition or a relative clause, and later by surname; bodies named
once, with a country or demonym inside or before the name and a head noun that gives the sector
(CAMEO's agent phrases: commission, bureau → GOV); short names defined in brackets; organs
named after an international body; capitals and seats; role nouns. Each check is the CAMEO-style
code of the actor a user sees on that stretch of text (the actor holding the surface's last
character). No name checked here is in the packaged dictionaries (asserted below)."""

from __future__ import annotations

import pytest

from eventwire.lexicon.actors import ActorLexicon

# (sentence, [(surface, occurrence, expected actor code)])
CASES: list[tuple[str, list[tuple[str, int, str]]]] = [
    ("Nigeria's Interior Minister Adebayo Olanrewaju said on Tuesday that the northern "
     'border would reopen next week.',
     [('Adebayo Olanrewaju', 0, 'NGAGOV')]),
    ("Tomasz Wierzbicki, Poland's deputy foreign minister, summoned the Belarusian charge "
     "d'affaires on Friday.",
     [('Tomasz Wierzbicki', 0, 'POLGOV'), ('Belarusian', 0, 'BLR')]),
    ('The Kenyan interior minister, Peter Kamau Njoroge, ordered police to clear the '
     'highway.',
     [('Peter Kamau Njoroge', 0, 'KENGOV'), ('police', 0, 'KENCOP')]),
    ('Ghanaian Finance Minister Kofi Asamoah-Boateng met IMF officials in Accra on Monday.'
     ' Asamoah-Boateng said the talks had been constructive.',
     [('Kofi Asamoah-Boateng', 0, 'GHAGOV'), ('Asamoah-Boateng', 1, 'GHAGOV')]),
    ('Chilean Foreign Minister Ignacio Valdivieso travelled to Lima on Friday. The '
     'minister said Chile wanted closer ties with Peru.',
     [('Ignacio Valdivieso', 0, 'CHLGOV'), ('The minister', 0, 'CHLGOV')]),
    ("Paraguay's President Santiago Benitez Ocampo vetoed the bill on Wednesday. Benitez "
     'said it would have hurt farmers.',
     [('Santiago Benitez Ocampo', 0, 'PRYGOV'), ('Benitez', 1, 'PRYGOV')]),
    ("Marta Lindqvist, who became Sweden's defence minister in March, said on Sunday that "
     'the exercises would continue.',
     [('Marta Lindqvist', 0, 'SWEGOV')]),
    ("Brazil's Federal Police arrested three former army officers on Thursday.",
     [('Federal Police', 0, 'BRACOP')]),
    ('The Federal Police of Brazil raided the offices of a logging company in Para state.',
     [('Federal Police of Brazil', 0, 'BRACOP')]),
    ("Kenya's Independent Electoral and Boundaries Commission declared the result on "
     'Monday evening.',
     [('Independent Electoral and Boundaries Commission', 0, 'KENGOV')]),
    ('The Chadian Armed Forces said they had repelled an attack near the Libyan border.',
     [('Chadian Armed Forces', 0, 'TCDMIL')]),
    ('The Nepal Army deployed helicopters to the flooded districts on Saturday.',
     [('Nepal Army', 0, 'NPLMIL')]),
    ('The Nigerian Navy seized a tanker carrying stolen crude off the coast of Bayelsa.',
     [('Nigerian Navy', 0, 'NGAMIL')]),
    ('The Philippine Coast Guard accused Chinese vessels of firing water cannon near the '
     'shoal.',
     [('Philippine Coast Guard', 0, 'PHLMIL'), ('Chinese vessels', 0, 'CHN')]),
    ('The Ghana Revenue Authority froze the accounts of two telecom operators on Tuesday.',
     [('Ghana Revenue Authority', 0, 'GHAGOV')]),
    ('The Peruvian Congress voted on Thursday night to remove the president from office.',
     [('Peruvian Congress', 0, 'PERLEG')]),
    ("Chile's Supreme Court ordered the release of the detained activists.",
     [('Supreme Court', 0, 'CHLJUD')]),
    ("Kazakhstan's Ministry of Energy suspended oil exports through the pipeline on "
     'Monday.',
     [('Ministry of Energy', 0, 'KAZGOV')]),
    ('The Indonesian trade ministry announced a ban on exports of nickel ore.',
     [('Indonesian trade ministry', 0, 'IDN')]),
    ('The Movement for Justice and Renewal (MJR), a rebel group active in northern Chad, '
     'said it had captured two towns. The MJR accused the army of killing civilians.',
     [('Movement for Justice and Renewal', 0, 'TCDREB'), ('MJR', 1, 'TCDREB')]),
    ("Ecuador's Citizen Revolution Party (PRC) called for a recount on Sunday. The PRC "
     'said the count had been rigged.',
     [('Citizen Revolution Party', 0, 'ECUPTY'), ('PRC', 1, 'ECUPTY')]),
    ('Ankara summoned the Swedish ambassador on Monday over the Koran burning.',
     [('Ankara', 0, 'TUR'), ('Swedish', 0, 'SWE')]),
    ('The Elysee said the president would travel to Dakar next week.',
     [('Elysee', 0, 'FRAGOV')]),
    ('Downing Street said the prime minister had spoken to the Irish taoiseach by phone.',
     [('Downing Street', 0, 'GBRGOV')]),
    ('The Blue House rejected the proposal from Pyongyang on Friday.',
     [('Blue House', 0, 'KORGOV'), ('Pyongyang', 0, 'PRK')]),
    ('Police in Dhaka fired tear gas at students protesting against the job quota system.',
     [('Police', 0, 'BGDCOP'), ('students', 0, 'BGDEDU')]),
    ('Ugandan soldiers clashed with fighters of an armed group near the Congolese border.',
     [('Ugandan soldiers', 0, 'UGAMIL')]),
    ('Judges in Tunisia began a week-long strike on Monday over the dismissal of 57 '
     'colleagues.',
     [('Judges', 0, 'TUNJUD')]),
    ('Mining companies in Zambia halted operations after weeks of power cuts.',
     [('Mining companies', 0, 'ZMBBUS')]),
    ('Zimbabwean opposition leader Tendai Murerwa was arrested in Harare on Saturday.',
     [('Tendai Murerwa', 0, 'ZWEOPP')]),
    ('The UN Office of the Special Envoy for the Horn of Africa said talks would resume in'
     ' Nairobi.',
     [('UN Office of the Special Envoy for the Horn of Africa', 0, 'IGOUNO')]),
    ('The United Nations Verification Mission in Colombia said it had recorded 40 killings'
     ' of former combatants this year.',
     [('United Nations Verification Mission in Colombia', 0, 'IGOUNO')]),
    ('The ECOWAS Court of Justice ordered Senegal to compensate the detained journalists.',
     [('ECOWAS Court of Justice', 0, 'IGOWAFBUSWAS'), ('Senegal', 0, 'SEN')]),
    ('Students at the University of Nairobi boycotted classes over the fee increase.',
     [('University of Nairobi', 0, 'KENEDU')]),
    ("Separatists in Cameroon's Anglophone regions set fire to two schools on Tuesday.",
     [('Separatists', 0, 'CMRSEP')]),
    ('The Sri Lankan Bar Association condemned the arrest of the lawyers.',
     [('Sri Lankan Bar Association', 0, 'LKANGO')]),
    ("Malawi's Anti-Corruption Bureau charged the former energy minister with fraud.",
     [('Anti-Corruption Bureau', 0, 'MWIGOV')]),
    ("The Bolivian Workers' Central called a general strike for Thursday.",
     [("Bolivian Workers' Central", 0, 'BOLLAB')]),
    ('Tanzanian police arrested Ally Mkwawa, the deputy chairman of the opposition party, '
     'on Monday.',
     [('Tanzanian police', 0, 'TZACOP'), ('Ally Mkwawa', 0, 'TZAOPP')]),
    ('Lithuanian Prime Minister Ruta Vaitkeviciute said her government would close the '
     'border. Vaitkeviciute spoke after a cabinet meeting.',
     [('Ruta Vaitkeviciute', 0, 'LTUGOV'), ('Vaitkeviciute', 1, 'LTUGOV')]),
    ('General Oumar Sangare, the Malian army chief of staff, visited the troops in Gao.',
     [('Oumar Sangare', 0, 'MLIMIL')]),
    ('The Moroccan Association for Human Rights said 30 protesters had been detained in '
     'Rabat.',
     [('Moroccan Association for Human Rights', 0, 'MARNGO'), ('protesters', 0, 'MARCVL')]),
    ("Mongolia's Constitutional Court struck down the amendment on Wednesday.",
     [('Constitutional Court', 0, 'MNGJUD')]),
    ('The Guatemalan Public Ministry raided the offices of the electoral tribunal.',
     [('Guatemalan Public Ministry', 0, 'GTMGOV')]),
]

# invented or unlisted names: the checks above are about recognising what no file lists
UNLISTED = ["Adebayo Olanrewaju", "Tomasz Wierzbicki", "Peter Kamau Njoroge",
            "Kofi Asamoah-Boateng", "Asamoah-Boateng", "Ignacio Valdivieso",
            "Santiago Benitez Ocampo", "Marta Lindqvist", "Independent Electoral and Boundaries "
            "Commission", "Chadian Armed Forces", "Ghana Revenue Authority",
            "Movement for Justice and Renewal", "MJR", "Citizen Revolution Party",
            "United Nations Verification Mission in Colombia", "ECOWAS Court of Justice",
            "Anti-Corruption Bureau", "Bolivian Workers' Central", "Ally Mkwawa",
            "Ruta Vaitkeviciute", "Oumar Sangare", "Moroccan Association for Human Rights",
            "Guatemalan Public Ministry", "Tendai Murerwa", "Sri Lankan Bar Association",
            "University of Nairobi", "Nepal Army", "Nigerian Navy", "Philippine Coast Guard"]


def holder(report: dict, start: int, end: int) -> dict | None:
    """The actor with a mention over the surface's last character, else over any of it."""
    for inside in (lambda m: m["start"] <= end - 1 < m["end"],
                   lambda m: m["start"] < end and start < m["end"]):
        for actor in report["actors"]:
            if any(inside(m) for m in actor["mentions"]):
                return actor
    return None


@pytest.mark.parametrize(("text", "checks"), CASES, ids=[c[0][:40] for c in CASES])
def test_an_unlisted_actor_has_its_code(analyse, text: str,
                                        checks: list[tuple[str, int, str]]) -> None:
    report = analyse(text)
    got = []
    for surface, occurrence, _ in checks:
        starts = [i for i in range(len(text)) if text.startswith(surface, i)]
        start = starts[occurrence]
        actor = holder(report, start, start + len(surface))
        got.append((surface, actor["code"] if actor else None))
    assert got == [(surface, code) for surface, _, code in checks]


def test_the_names_checked_are_in_no_dictionary() -> None:
    lexicon = ActorLexicon.packaged()
    assert [n for n in UNLISTED if lexicon.knows(n)] == []


# Role nouns with no country of their own in a report set in one state, where the sentence
# names another state only as the other party (the subject of a clause above the noun): the
# noun belongs to the setting ("KYIV - Russian drones … killing three civilians"); a state that
# is the place ("across France") or the noun's own ("Pakistani police … protesters" in
# Islamabad) keeps it.
SETTING_CASES: list[tuple[str, str, str]] = [
    ("KYIV, March 4 (Wire) - Russian drones struck a power station in the north on Tuesday, "
     "killing three civilians, the regional governor said.", "civilians", "UKRCVL"),
    ("GOMA, Congo, March 4 (Wire) - Rwandan soldiers fired on protesters on Sunday, witnesses "
     "said.", "protesters", "CODCVL"),
    ("CARACAS, July 30 (Wire) - The United States said on Tuesday that the announced result did "
     "not reflect the will of voters.", "voters", "VENCVL"),
    ("ISLAMABAD, March 4 (Wire) - Pakistani police detained dozens of protesters on Sunday.",
     "protesters", "PAKCVL"),
    ("BRUSSELS, March 4 (Wire) - Farmers blocked roads across France on Monday.", "Farmers",
     "FRAAGR"),
]


@pytest.mark.parametrize(("text", "surface", "code"), SETTING_CASES,
                         ids=[c[0][:30] for c in SETTING_CASES])
def test_a_role_noun_is_not_the_other_partys(analyse, text: str, surface: str,
                                             code: str) -> None:
    report = analyse(text)
    start = text.index(surface)
    actor = holder(report, start, start + len(surface))
    assert (surface, actor["code"] if actor else None) == (surface, code)
