"""Bytes → text: encodings, byte-order marks, line ends, and what is refused."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from transforms.decode import RejectedInput, decode_bytes

TEXT = "Café owners say “prices rose” – by £5\nSecond line"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_each_encoding_to_the_same_text(raw: bytes, encoding: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_latin1_without_cp1252_punctuation_is_reported_as_latin1() -> None:
    decoded = decode_bytes("Le café à Zürich, 5°C\n".encode("latin-1"))
    assert decoded.text.startswith("Le café à Zürich")
    assert decoded.encoding == "iso-8859-1"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised(newline: str) -> None:
    decoded = decode_bytes(f"Title{newline}{newline}Body line.{newline}".encode())
    assert decoded.text == "Title\n\nBody line.\n"


def test_mojibake_is_repaired() -> None:
    broken = "The minister’s plan".encode().decode("cp1252")  # â€™ mojibake
    decoded = decode_bytes(broken.encode("utf-8"))
    assert "minister’s plan" in decoded.text
    assert decoded.repaired_mojibake


def test_mojibake_written_decomposed_is_repaired() -> None:
    broken = "President François Hollande said".encode().decode("cp1252")  # FranÃ§ois
    decomposed = unicodedata.normalize("NFD", broken)  # "A" + combining tilde + "§"
    decoded = decode_bytes(decomposed.encode("utf-8"))
    assert "President François Hollande said" in decoded.text
    assert decoded.repaired_mojibake


def test_html_character_references_are_the_characters_they_stand_for() -> None:
    raw = b"EC President Jos&#233; Manuel Barroso said M&amp;S and AT&T &lt;rose&gt;."
    assert decode_bytes(raw).text == "EC President José Manuel Barroso said M&S and AT&T <rose>."


def test_text_is_nfc() -> None:
    decoded = decode_bytes("Cafe\u0301 talks".encode())
    assert decoded.text == "Café talks"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (b"%PDF-1.7 rest of a pdf", "binary"),
        (b"\x89PNG\r\n\x1a\n....", "binary"),
        (b"Title\n\nbody with a \x00 byte", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa broken", "undecodable"),
    ],
)
def test_refuses_what_is_not_an_article(raw: bytes, reason: str) -> None:
    with pytest.raises(RejectedInput) as error:
        decode_bytes(raw)
    assert error.value.reason == reason
    assert error.value.detail
