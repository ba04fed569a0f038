"""The local tier: a sorted name index read by binary search; small towns under their
spelling variants; villages read only where the article is."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from eventwire.errors import LexiconError
from eventwire.geo import Gazetteer, GeoContext, resolve_places
from eventwire.geo.tsv import read_local


def test_the_local_index_finds_every_key_and_no_other(tmp_path: Path) -> None:
    rows = [b"city\t1\tAbby\tUSA\tUS.OH\t40\t-82\t900\t\tabby\t",
            b"city\t2\tBeck\tUSA\tUS.OH\t40\t-82\t800\t\tbeck|bek\t",
            b"city\t3\tBek\tUSA\tUS.PA\t41\t-80\t700\t\tbek\t"]
    data = bytearray(b"# test\n")
    at = []
    for row in rows:
        at.append(len(data))
        data += row + b"\n"
    keys = {b"abby": [at[0]], b"beck": [at[1]], b"bek": [at[1], at[2]]}
    keys_at = len(data)
    data += b"#keys\t3\n" + b"".join(k + b"\t" + ",".join(map(str, v)).encode() + b"\n"
                                    for k, v in sorted(keys.items()))
    data += f"#index\t{keys_at}\n".encode()
    path = tmp_path / "local.tsv"
    path.write_bytes(bytes(data))
    local = read_local(path)
    assert len(local) == 3
    assert local.rows("abby") == [rows[0].decode()]
    assert local.rows("bek") == [rows[1].decode(), rows[2].decode()]
    assert [local.rows(k) for k in ("a", "abbz", "be", "zed", "#index", "")] == [[]] * 6
    copy = pickle.loads(pickle.dumps(local))  # a worker process maps the file again
    assert copy.rows("bek") == local.rows("bek") and len(copy) == 3


def test_a_local_tier_without_its_index_trailer_says_to_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "local.tsv"
    path.write_bytes(b"# an older file\n#keys\t0\n")
    with pytest.raises(LexiconError) as caught:
        read_local(path)
    assert str(caught.value) == (
        f"{path}: cannot read gazetteer (no index trailer: an older or truncated file); "
        "rebuild it with `eventwire gazetteer build --force`")


def test_small_towns_under_their_spelling_variants(gaz: Gazetteer) -> None:
    assert [(e.name, e.country) for e in gaz.candidates("Maryinka")] == [
        ("Mar'yinka", "UKR")]
    assert ("Ocheretyne", "UKR") in [(e.name, e.country) for e in gaz.candidates("Ocheretino")]


def test_a_village_in_another_state_is_no_reading(gaz: Gazetteer) -> None:
    text = "Crews from Zanesville and Cambridge cleaned up Salt Creek after the spill."
    mentions = [(text.index(n), text.index(n) + len(n), n, "GPE" if n != "Salt Creek" else "LOC")
                for n in ("Zanesville", "Cambridge", "Salt Creek")]
    places = resolve_places(mentions, gaz, GeoContext(text=text))
    assert [(p.name, p.country) for p in places] == [("Zanesville", "USA"), ("Cambridge", "USA")]
