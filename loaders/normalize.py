"""Spelling-insensitive comparison of headers, sheet names and vocabulary values."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9/]+")
_SLASH = re.compile(r" ?/ ?")
_UNIT_SUFFIX = re.compile(r"\s*(\((in\s+)?[^)]*\)|\[[^\]]*\]|\bin\s+(%|prozent|eur|euro|€))\s*$", re.IGNORECASE)
# C0 controls, DEL, lone surrogates and the non-characters U+FFFE/U+FFFF: XML (the export) cannot hold them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# a character clean_text removes or has_invisible reports: text without one (trimmed, NFC) needs no cleaning
NOT_PLAIN = re.compile(f"{_CONTROL.pattern}|{_INVISIBLE.pattern}")


def clean_text(value: str) -> str:
    """NFC, no control characters or XML-illegal code points (tab and newlines kept), no surrounding blanks.

    Cleaned before any check, so a cell holding only such characters is empty for the checks as for the store.
    """
    return _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()


def has_invisible(value: str) -> bool:
    """Zero-width and bidi characters: harmless in text, treacherous in IDs."""
    return bool(_INVISIBLE.search(value))


def fold(value: str) -> str:
    """Lower case, umlauts spelled out, punctuation and blanks collapsed: "Fällig am" → "faellig am"; a slash
    stays, blanks beside it do not ("Maßnahme / Leitziel" → "massnahme/leitziel")."""
    text = unicodedata.normalize("NFC", str(value)).lower().translate(_UMLAUTS)
    return _SLASH.sub("/", " ".join(_NON_ALNUM.sub(" ", text).split()))


def fold_header(value: str) -> str:
    """Like fold, but unit suffixes such as "(%)", "in %" or "[EUR]" are dropped first."""
    text = unicodedata.normalize("NFC", str(value)).strip()
    previous = None
    while previous != text:
        previous, text = text, _UNIT_SUFFIX.sub("", text)
    return fold(text)
