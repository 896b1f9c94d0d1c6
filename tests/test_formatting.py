"""masterplan.formatting: Markdown escaping of spreadsheet text, signed numbers for metric deltas."""

from __future__ import annotations

from masterplan import texts
from masterplan.formatting import escape_markdown, format_signed


def test_escape_markdown_neutralises_markdown_directives_and_latex() -> None:
    text = "Beispiel: *fett* [Link](x) :red[rot] $x$ 1. <b>"
    escaped = escape_markdown(text)
    assert escaped == r"Beispiel\: \*fett\* \[Link\]\(x\) \:red\[rot\] \$x\$ 1\. \<b\>"
    assert escape_markdown(None) == texts.common.MISSING
    assert escape_markdown("Zeile 1\nZeile 2") == "Zeile 1\nZeile 2"


def test_format_signed_for_metric_deltas() -> None:
    assert format_signed(2.345) == "+2,3"
    assert format_signed(-1.26) == "-1,3"
    assert format_signed(1234.5, 0) == "+1.234"
    assert format_signed(0.04) == "0"  # the one string st.metric shows grey, without an arrow
    assert format_signed(None) == texts.common.MISSING
