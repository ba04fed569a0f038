"""Decoding and normalisation of raw article bytes, before the text becomes immutable."""

from __future__ import annotations

import codecs
import re
import unicodedata

from eventwire.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 4 KB mean this is not text."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return bool(head) and controls / len(head) > 0.05


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). A UTF-16/32 byte-order mark decides; otherwise UTF-8 first,
    then Windows-1252; otherwise InputError."""
    for bom, encoding in _BOMS:  # UTF-32 first: its little-endian mark starts like UTF-16's
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"undecodable bytes at offset {exc.start}: the file starts with a "
                    f"{encoding.upper()} byte-order mark but is not valid {encoding.upper()}; "
                    "re-encode the file as UTF-8", "undecodable") from exc
    if looks_binary(data):
        raise InputError("binary content (NUL or control bytes): not a text article", "binary")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        mark = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        utf8_error = exc.start + mark  # offsets count from the start of the file
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise InputError(
            f"undecodable bytes at offset {utf8_error}: not UTF-8 (byte "
            f"0x{data[utf8_error]:02x}) and not Windows-1252 (byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start} is undefined there); re-encode the file as UTF-8",
            "undecodable",
        ) from exc


def normalise(text: str) -> str:
    """NFC, Unix line ends, no control characters, single spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def word_count(text: str) -> int:
    return len(text.split())
