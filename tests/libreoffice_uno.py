"""Edit a workbook in a real LibreOffice Calc and say which cells its data validity marks as invalid.

Run with the system Python that has LibreOffice's ``uno`` module (tests/test_libreoffice.py does):

    /usr/bin/python3 tests/libreoffice_uno.py IN.xlsx OUT.xlsx PROFILE_DIR '[["Maßnahmen", "E2", "ST21 – NEU"]]'

The edits are typed into the cells, the workbook is saved as OUT.xlsx, then Calc's „Ungültige Daten
markieren“ runs on every sheet; the marked cells are printed as JSON, {"Maßnahmen": ["C4", "E3"]}. Calc
evaluates each drop-down's source for that, so a cell is unmarked only if its value is in the list.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue

SEARCH_ROWS = 200  # marks are looked up among the first rows and columns
SEARCH_COLUMNS = 26


def _property(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # not listening yet
            time.sleep(0.25)
    raise SystemExit("LibreOffice antwortet nicht")


def _cell_at(sheet, x: int, y: int) -> str:
    """The address of the cell whose area holds the point (x, y) in 1/100 mm."""
    column = next(c for c in range(SEARCH_COLUMNS) if _holds(sheet.getCellByPosition(c, 0), x, "X", "Width"))
    row = next(r for r in range(SEARCH_ROWS) if _holds(sheet.getCellByPosition(0, r), y, "Y", "Height"))
    return sheet.getCellByPosition(column, row).AbsoluteName.split(".")[-1].replace("$", "")


def _holds(cell, value: int, axis: str, extent: str) -> bool:
    start = getattr(cell.Position, axis)
    return start <= value < start + getattr(cell.Size, extent)


def main(source: str, target: str, profile: str, edits: list[list[str]]) -> dict[str, list[str]]:
    pipe = f"masterplan_{uuid.uuid4().hex}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               f"-env:UserInstallation={Path(profile).resolve().as_uri()}",
                               f"--accept=pipe,name={pipe};urp;"])
    try:
        context = _connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(Path(source).resolve())), "_blank", 0,
                                           (_property("Hidden", True),))
        for sheet_name, address, value in edits:
            doc.Sheets.getByName(sheet_name).getCellRangeByName(address).setString(value)
        doc.storeToURL(uno.systemPathToFileUrl(str(Path(target).resolve())),
                       (_property("FilterName", "Calc MS Excel 2007 XML"),))
        marked: dict[str, list[str]] = {}
        for sheet in (doc.Sheets.getByIndex(i) for i in range(doc.Sheets.Count)):
            sheet.showInvalid()
            shapes = [sheet.DrawPage.getByIndex(i) for i in range(sheet.DrawPage.Count)]
            cells = sorted(_cell_at(sheet, s.Position.X + s.Size.Width // 2, s.Position.Y + s.Size.Height // 2)
                           for s in shapes)
            if cells:
                marked[sheet.Name] = cells
        doc.close(True)
        desktop.terminate()
        return marked
    finally:
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))))
