"""The stored Stand as the merge sees it: keys and rows on demand, so a small upload reads little."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

Row = dict[str, object]


class BaseState(Protocol):
    """Read access to the Stand an upload merges into (rows as stored: JSON values)."""

    def keys(self, sheet: str) -> set[str]: ...

    def rows(self, sheet: str, keys: Iterable[str]) -> dict[str, Row]: ...


class MemoryState:
    """A Stand held in memory: the empty base, tests, and merged views."""

    def __init__(self, data: dict[str, dict[str, Row]] | None = None) -> None:
        self.data = data or {}

    def keys(self, sheet: str) -> set[str]:
        return set(self.data.get(sheet, {}))

    def rows(self, sheet: str, keys: Iterable[str]) -> dict[str, Row]:
        table = self.data.get(sheet, {})
        return {k: table[k] for k in keys if k in table}
