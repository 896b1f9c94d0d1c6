"""Finding a stakeholder by what people write: its ST-Nr., Kurzname or Name, or a label „ST05 – OWT“.

One index for the upload's checks (loaders.merge) and for the dashboard's figures (masterplan.metrics), so a
reference that an upload accepts is the institution every page shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from loaders.normalize import fold

LABELLED_KEY = re.compile(r"(.+?)\s+[-–—](?:\s|$)")


class StakeholderIndex:
    """ST-Nr., Kurzname and Name of every stakeholder, for resolving what users write."""

    def __init__(self, rows: Mapping[str, Mapping[str, object]]) -> None:
        self.by_name: dict[str, set[str]] = {}
        self.keys = set(rows)
        self._found: dict[str, list[str]] = {}
        self._names: list[str] = []
        for key, row in rows.items():
            for name in (key, row.get("kurzname"), row.get("name")):
                if name:
                    self.by_name.setdefault(fold(str(name)), set()).add(key)
                    self._names.append(str(name))

    def lookup(self, value: str) -> list[str]:
        """ST-Nr. matching what a user wrote; an exact ST-Nr. needs no folding (the common case).

        A label as template and export write it ("ST05 – OWT") counts by its ST-Nr. alone, so a stale or
        shortened name after the dash does not matter.
        """
        if value in self.keys:
            return [value]
        found = self._found.get(value)
        if found is None:
            found = sorted(self.by_name.get(fold(value), set()))
            labelled = None if found else LABELLED_KEY.match(value.strip())
            if labelled and labelled.group(1) in self.keys:
                found = [labelled.group(1)]
            self._found[value] = found
        return found

    def named_in_label(self, value: str) -> str | None:
        """The ST-Nr. whose Kurzname or Name follows the dash of a label with an unknown ST-Nr. ("ST09 – OWT")."""
        labelled = LABELLED_KEY.match(value.strip())
        found = self.lookup(value.strip()[labelled.end():].strip()) if labelled else []
        return found[0] if len(found) == 1 else None

    def names(self) -> list[str]:
        return self._names
