"""Tests for the packaged CAMEO/PLOVER ontology and its loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import LexiconError
from eventwire.ontology import CameoCode, Ontology

PLOVER_16 = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
HEADER = "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tcontext\n"


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def _write(tmp_path: Path, body: str, name: str = "user.tsv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_163_is_sanction_material_conflict(onto: Ontology) -> None:
    entry = onto.code("163")
    assert entry == CameoCode(
        code="163",
        name="Impose embargo, boycott, or sanctions",
        goldstein=-8.0,
        quad_class=4,
        plover="SANCTION",
        plover_mode="discontinue",
        context="diplomatic",
    )


def test_042_is_consult_visit(onto: Ontology) -> None:
    entry = onto.code("042")
    assert (entry.name, entry.plover, entry.plover_mode, entry.context) == (
        "Make a visit",
        "CONSULT",
        "visit",
        None,
    )
    assert (entry.goldstein, entry.quad_class) == (1.9, 1)


def test_0311_plover(onto: Ontology) -> None:
    entry = onto.code("0311")
    assert (entry.plover, entry.plover_mode, entry.context) == ("AGREE", None, "economic")
    assert (entry.goldstein, entry.quad_class) == (5.2, 1)


def test_leading_zeros_and_row_count(onto: Ontology) -> None:
    assert len(onto.cameo) == 311
    assert {"01", "010", "0311", "163", "2042"} <= set(onto.cameo)
    assert onto.code("01").name == "Make public statement"


def test_quad_classes_follow_cameo_root(onto: Ontology) -> None:
    expected = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for entry in onto.cameo.values():
        assert int(entry.code[:2]) in expected[entry.quad_class], entry.code


def test_manual_overrides_of_conversion_table(onto: Ontology) -> None:
    assert onto.code("116").plover == "SANCTION"
    assert onto.code("116").plover_mode == "convict"
    assert onto.code("0813").plover == "CONCEDE"
    assert onto.code("0874").plover == "RETREAT"
    assert onto.code("195").plover_mode == "aerial"
    assert onto.code("175").context == "pro_autocracy; military"


def test_all_16_plover_types_exactly(onto: Ontology) -> None:
    assert tuple(onto.plover) == PLOVER_16
    assert all(onto.plover[name].name == name for name in PLOVER_16)


def test_plover_type_details(onto: Ontology) -> None:
    quads = {name: t.quad_class for name, t in onto.plover.items()}
    assert [n for n in PLOVER_16 if quads[n] == 4] == [
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]
    assert [n for n in PLOVER_16 if quads[n] == 1] == ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]
    assert onto.plover["CONSULT"].default_cameo == "040"
    assert onto.plover["SANCTION"].default_cameo == "163"
    assert onto.plover["ASSAULT"].modes[:3] == ("abduct", "beat", "torture")
    assert onto.plover["SANCTION"].modes == ("convict", "expel", "withdraw", "discontinue")
    for ptype in onto.plover.values():
        assert onto.code(ptype.default_cameo).plover == ptype.name
        assert ptype.description.endswith(".")


def test_every_code_has_a_known_type_mode_and_context(onto: Ontology) -> None:
    for entry in onto.cameo.values():
        assert entry.plover in PLOVER_16, entry.code
        if entry.plover_mode is not None:
            assert entry.plover_mode in onto.plover[entry.plover].modes, entry.code
        for context in (entry.context or "").split(";"):
            assert not context.strip() or context.strip() in onto.contexts, entry.code


def test_unknown_code_raises_lexicon_error(onto: Ontology) -> None:
    with pytest.raises(LexiconError, match="unknown CAMEO code '42'"):
        onto.code("42")


def test_user_file_replaces_and_adds_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "# my overrides\n"
        + HEADER
        + "163\tImpose sanctions (local)\t-7.5\t4\tSANCTION\twithdraw\teconomic\n"
        + "1834\tCarry out bombing, other\t-10\t4\tASSAULT\texplosives\n",
    )
    onto = Ontology.load([path])
    assert onto.code("163") == CameoCode(
        "163", "Impose sanctions (local)", -7.5, 4, "SANCTION", "withdraw", "economic"
    )
    assert onto.code("1834").plover_mode == "explosives"
    assert onto.code("1834").context is None
    assert len(onto.cameo) == 312
    assert Ontology.load().code("163").goldstein == -8.0


def test_later_user_file_wins(tmp_path: Path) -> None:
    first = _write(tmp_path, HEADER + "042\tVisit A\t1.0\t1\tCONSULT\tvisit\t\n", "a.tsv")
    second = _write(tmp_path, HEADER + "042\tVisit B\t2.0\t1\tCONSULT\t\t\n", "b.tsv")
    entry = Ontology.load([first, second]).code("042")
    assert (entry.name, entry.goldstein, entry.plover_mode) == ("Visit B", 2.0, None)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("163\tX\t-8.0\t5\tSANCTION\t\t", "quad_class '5' must be 1-4"),
        ("163\tX\tlow\t4\tSANCTION\t\t", "goldstein 'low' is not a number"),
        ("163\tX\t-8.0\t4\tEMBARGO\t\t", "unknown PLOVER type 'EMBARGO'"),
        ("163\tX\t-8.0\t4", "expected 7 tab-separated columns"),
        ("16a\tX\t-8.0\t4\tSANCTION\t\t", "is not a 2- to 4-digit CAMEO code"),
    ],
)
def test_malformed_user_file_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = _write(tmp_path, "# comment\n" + HEADER + "042\tVisit\t1.9\t1\tCONSULT\tvisit\t\n" + row)
    with pytest.raises(LexiconError, match=message) as info:
        Ontology.load([path])
    assert f"{path}, line 4:" in str(info.value)


def test_duplicate_code_in_one_file(tmp_path: Path) -> None:
    row = "042\tVisit\t1.9\t1\tCONSULT\tvisit\t\n"
    path = _write(tmp_path, HEADER + row + row)
    with pytest.raises(
        LexiconError, match=r"line 3: duplicate CAMEO code '042' \(first on line 2\)"
    ):
        Ontology.load([path])


def test_bad_header_and_missing_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "code\tname\tscore\n")
    with pytest.raises(LexiconError, match=r"line 1: header must be"):
        Ontology.load([path])
    with pytest.raises(LexiconError, match="cannot read ontology file"):
        Ontology.load([tmp_path / "missing.tsv"])
