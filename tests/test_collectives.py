"""Generic and collective actors on sentences we wrote: police, protesters, the junta, rebels,
the opposition, students, journalists, lawmakers, judges, with their country from the phrase,
"the country's", the sentence, the dateline or the article's main state (exact actor JSON)."""

from __future__ import annotations


def group(id_: str, name: str, country: str | None, sector: str, code: str,
          *mentions: tuple[int, int, str]) -> dict:
    return {"id": id_, "name": name, "kind": "group", "country": country, "sector": sector,
            "role": None, "code": code, "members": [],
            "mentions": [{"start": s, "end": e, "text": t} for s, e, t in mentions]}


def actors(report: dict, prefix: str = "group:") -> list[dict]:
    return [a for a in report["actors"] if a["id"].startswith(prefix)]


def test_dateline_country_for_police_protesters_opposition_and_journalists(analyse) -> None:
    text = ("NAIROBI, June 25 (Wire) - Kenyan police fired tear gas at protesters on Tuesday, "
            "and the opposition accused the government of brutality.\n\n"
            "Riot police arrested two journalists near parliament.")
    report = analyse(text)
    assert actors(report) == [
        group("group:ken-cop", "Kenyan police", "KEN", "COP", "KENCOP",
              (33, 39, "police"), (138, 149, "Riot police")),
        group("group:ken-cvl", "Kenyan protesters", "KEN", "CVL", "KENCVL",
              (58, 68, "protesters")),
        group("group:ken-opp", "Kenyan opposition", "KEN", "OPP", "KENOPP",
              (85, 99, "the opposition")),
        group("group:ken-med", "Kenyan journalists", "KEN", "MED", "KENMED",
              (159, 174, "two journalists")),
        group("group:ken-leg", "Kenyan parliament", "KEN", "LEG", "KENLEG",
              (180, 190, "parliament")),
    ]
    # "the government" is the Kenyan state itself, as the article's named states are
    kenya = next(a for a in report["actors"] if a["id"] == "KEN")
    assert [m["text"] for m in kenya["mentions"]] == ["Kenyan", "the government"]
    arrest = next(e for e in report["events"] if e["evidence"]["trigger"]["text"] == "arrested")
    assert [(r["actor"], r["code"]) for r in arrest["source"]] == [("group:ken-cop", "KENCOP")]
    assert [(r["actor"], r["code"]) for r in arrest["target"]] == [("group:ken-med", "KENMED")]


def test_phrase_and_the_countrys_and_the_junta_with_its_two_codes(analyse) -> None:
    text = ("Pakistani lawmakers condemned the arrests, and the country's judges ordered the "
            "students freed. In Myanmar, the military junta said rebels had attacked a town.")
    report = analyse(text)
    assert actors(report) == [
        group("group:pak-leg", "Pakistani lawmakers", "PAK", "LEG", "PAKLEG",
              (10, 19, "lawmakers")),
        group("group:pak-jud", "Pakistani judges", "PAK", "JUD", "PAKJUD",
              (47, 67, "the country's judges")),
        group("group:pak-edu", "Pakistani students", "PAK", "EDU", "PAKEDU",
              (76, 88, "the students")),
        group("group:mmr-govmil", "Burmese military junta", "MMR", "GOV", "MMRGOVMIL",
              (108, 126, "the military junta")),
        group("group:mmr-reb", "Burmese rebels", "MMR", "REB", "MMRREB", (132, 138, "rebels")),
    ]


def test_phrase_nationality_and_bodies_that_are_not_national(analyse) -> None:
    report = analyse("Supporters of the Nigerien opposition rallied outside the embassy. "
                     "A United Nations court later summoned the soldiers.")
    assert actors(report) == [
        group("group:ner-opp", "Nigerien opposition", "NER", "OPP", "NEROPP",
              (27, 37, "opposition")),
        group("group:ner-mil", "Nigerien soldiers", "NER", "MIL", "NERMIL",
              (105, 117, "the soldiers")),
    ]  # no actor for "court" (a United Nations court is not Niger's judiciary), nor for
    # "the embassy" (whose?); "Nigerien" is the state even where the NER calls it a name
    assert [(a["id"], [m["text"] for m in a["mentions"]]) for a in report["actors"]
            if not a["id"].startswith("group:")] == [
        ("NER", ["Nigerien"]), ("org:un", ["United Nations"])]


def test_population_nouns_need_a_place_and_pairs_are_left_to_coreference(analyse) -> None:
    report = analyse("Thousands of people blocked roads in Georgia on Sunday. The two leaders "
                     "met later, and the people of neighbouring states waited.")
    assert actors(report) == [
        group("group:geo-cvl", "Georgian people", "GEO", "CVL", "GEOCVL",
              (13, 19, "people")),
    ]


def test_verbless_headline_fragment_ends_and_keeps_the_place_country(analyse) -> None:
    # The sentence root is a noun ("Thousands"), so the walk up from "protesters" to a verb
    # must stop at the root; it once looped forever there (a Token is a new object per access).
    import signal

    def stuck(signum, frame):  # pragma: no cover - only on a regression
        raise TimeoutError("actor finding did not end on a verbless sentence")
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(30)
    try:
        report = analyse("Thousands of protesters in Nairobi.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert actors(report) == [
        group("group:ken-cvl", "Kenyan protesters", "KEN", "CVL", "KENCVL",
              (13, 23, "protesters")),
    ]


def test_members_of_a_named_body_are_the_body(analyse) -> None:
    report = analyse("Boko Haram fighters abducted 20 farmers in Borno state, the Nigerian army "
                     "said. NATO troops patrolled the border of Kosovo. Hamas officials rejected "
                     "the proposal.")
    named = {a["id"]: [(m["start"], m["end"], m["text"]) for m in a["mentions"]]
             for a in report["actors"] if a["id"].startswith("org:")}
    assert named == {"org:boko-haram": [(0, 10, "Boko Haram"), (11, 19, "fighters")],
                     "org:nato": [(80, 84, "NATO"), (85, 91, "troops")],
                     "org:hamas": [(124, 129, "Hamas"), (130, 139, "officials")]}
    # the army reporting the rebels' abduction accuses nobody: "said" is a neutral report
    # (review s13 F12)
    assert [(e["plover"], [s["code"] for s in e["source"]]) for e in report["events"]] == [
        ("ASSAULT", ["NGAREB"]), ("MOBILIZE", ["IGOWSTNAT"]), ("REJECT", ["PSEREBHMS"])]


def test_armed_men_take_the_place_they_act_in_and_mentions_skip_blanks(analyse) -> None:
    text = ("KHARTOUM, May 2 (Wire) - Militias attacked a market in North Darfur on Friday. "
            "Somalia's parliament approved the new constitution on Monday. "
            "Unidentified gunmen shot dead a journalist in Mexico.")
    report = analyse(text)
    assert actors(report) == [
        group("group:sdn-uaf", "Sudanese militias", "SDN", "UAF", "SDNUAF",
              (25, 33, "Militias")),
        group("group:som-leg", "Somali parliament", "SOM", "LEG", "SOMLEG",
              (89, 99, "parliament")),
        group("group:mex-reb", "Mexican unidentified gunmen", "MEX", "REB", "MEXREB",
              (141, 160, "Unidentified gunmen")),
        group("group:mex-med", "Mexican journalist", "MEX", "MED", "MEXMED",
              (171, 183, "a journalist")),
    ]
    shot = next(e for e in report["events"] if e["evidence"]["trigger"]["text"] == "shot")
    assert [r["code"] for r in shot["source"]] == ["MEXREB"]
    assert [r["code"] for r in shot["target"]] == ["MEXMED"]
