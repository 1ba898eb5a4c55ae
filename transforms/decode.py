"""Bytes → text: detect the encoding, refuse what is not text, normalise line ends and Unicode.

Pure: takes the raw bytes of one file, returns the decoded text or raises `RejectedInput` with a
reason code that lands in the `rejects` table.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media file"),
)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than tab, line feed and carriage return: text has almost none.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
C1_CHARS = re.compile(r"[\x80-\x9f]")
MAX_CONTROL_SHARE = 0.01
# UTF-8 read as cp1252/Latin-1 leaves a lead character (Ã, Â, â) before a continuation-looking
# one; only text with such a pair is handed to ftfy, which is slow to clear clean text.
MOJIBAKE_HINT = re.compile(
    "[ÃÂâ][\u0080-\u00bf\u2018-\u201e\u20ac\u0152\u0153\u0160\u0161\u0178\u017d"
    "\u017e\u02c6\u02dc\u2013\u2014\u2020-\u2022\u2026\u2030\u2039\u203a\u2122]"
)


# An HTML character reference: numeric ("&#233;", "&#xE9;") or named ("&amp;", "&eacute;").
HTML_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")


class RejectedInput(ValueError):
    """The bytes are not an article we can ingest; `reason` is a short code for `rejects`."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the encoding it was found in."""

    text: str
    encoding: str
    repaired_mojibake: bool = False


def decode_bytes(raw: bytes) -> DecodedText:
    """Decode one file's bytes as an English news article.

    Order of trust: a byte-order mark, then strict UTF-8, then Windows-1252 / Latin-1 (the usual
    legacy encodings of English text), then charset-normalizer's guess. Binary content and text
    full of control characters are refused.
    """
    if not raw.strip():
        raise RejectedInput("empty", "the file is empty or holds only whitespace")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return _finish(_strict(raw[len(bom) :], encoding.replace("-sig", "")), encoding)
    for signature, label in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise RejectedInput("binary", f"the file starts like a {label}, not text")
    if b"\x00" in raw:
        raise RejectedInput("binary", "the file holds NUL bytes, so it is not plain text")
    try:
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    legacy = _decode_legacy(raw)
    if legacy is not None:
        return _finish(*legacy)
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise RejectedInput("undecodable", "no text encoding fits these bytes")
    return _finish(str(best), best.encoding.replace("_", "-"))


def _strict(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise RejectedInput(
            "undecodable", f"byte-order mark says {encoding} but byte {error.start} is not"
        ) from error


def _decode_legacy(raw: bytes) -> tuple[str, str] | None:
    """cp1252 when it decodes and uses its 0x80–0x9F punctuation, else Latin-1 when plausible."""
    try:
        text = raw.decode("cp1252")
        encoding = "cp1252" if C1_CHARS.search(raw.decode("latin-1")) else "iso-8859-1"
    except UnicodeDecodeError:
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    high = sum(1 for ch in text if ord(ch) > 127)
    # English text in a legacy encoding has few non-ASCII characters; a wrong guess has many.
    if letters and high / max(len(text), 1) < 0.2:
        return text, encoding
    return None


def _finish(text: str, encoding: str) -> DecodedText:
    controls = len(CONTROL_CHARS.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise RejectedInput(
            "binary", f"{controls} control characters in {len(text)} decoded as {encoding}"
        )
    text = CONTROL_CHARS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    # Text copied out of web pages keeps some HTML character references: "Jos&#233;" is José.
    if "&" in text:
        text = HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    # Composed first: mojibake written in decomposed form ("A" + combining tilde + "§" for
    # "ç") is only recognisable once composed.
    text = unicodedata.normalize("NFC", text)
    repaired = False
    if MOJIBAKE_HINT.search(text) and ftfy.badness.is_bad(text):
        fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
        repaired = fixed != text
        text = fixed
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise RejectedInput("empty", "the file holds only whitespace")
    return DecodedText(text=text, encoding=encoding, repaired_mojibake=repaired)
