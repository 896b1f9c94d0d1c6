"""What the checks report: one finding per problem, located the way the user sees the spreadsheet."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "Fehler"
WARNING = "Warnung"
INFO = "Hinweis"


@dataclass(frozen=True)
class Finding:
    """A problem in an upload; ``row`` is the row number the spreadsheet program shows."""

    severity: str
    message: str
    file: str = ""
    sheet: str = ""
    row: int | None = None
    column: str = ""
    value: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def line(self) -> str:
        """One line for the CLI: ``Fehler: datei.xlsx · Maßnahmen, Zeile 17, Spalte „X“: …``."""
        place = ", ".join(
            part
            for part in (
                self.sheet,
                f"Zeile {self.row}" if self.row is not None else "",
                f"Spalte „{self.column}“" if self.column else "",
            )
            if part
        )
        where = " · ".join(part for part in (self.file, place) if part)
        return f"{self.severity}: {where}: {self.message}" if where else f"{self.severity}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class Unreadable(Exception):
    """The file cannot be read at all; the message is one German sentence for the user."""

    def __init__(self, message: str, file: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.file = file

    def finding(self) -> Finding:
        return Finding(ERROR, self.message, file=self.file)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.is_error for f in findings)
