"""The CLI contract of issue 2: commands, exit codes, one finding per line, nothing stored on errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from masterplan import texts
from masterplan.cli import main
from masterplan.paths import PROJECT_ROOT
from masterplan.storage import importer
from masterplan.storage.store import Store
from tests.workbooks import csv_bytes, department_update, plan_file, small_plan, xlsx


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def _write(path: Path, content: bytes) -> str:
    path.write_bytes(content)
    return str(path)


def _stand_ids(db: str) -> list[int]:
    store = Store(db)
    try:
        return [s.id for s in store.stands()]
    finally:
        store.close()


def test_check_valid_file_exits_0_and_stores_nothing(tmp_path: Path, db: str, capsys) -> None:
    path = _write(tmp_path / "Masterplan.xlsx", plan_file().content)
    assert main(["check", path, "--db", db]) == 0
    assert "Keine Fehler" in capsys.readouterr().out
    assert _stand_ids(db) == []


def test_import_then_stands(tmp_path: Path, db: str, capsys) -> None:
    path = _write(tmp_path / "Masterplan.xlsx", plan_file().content)
    assert main(["import", path, "--db", db, "--note", "Lenkungskreis Nov", "--by", "Amt 0"]) == 0
    assert "Gespeichert als Stand 1" in capsys.readouterr().out
    assert main(["stands", "--db", db]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.split()[0] == "1" and "Amt 0" in line and "Lenkungskreis Nov" in line and "Masterplan.xlsx" in line


def test_data_errors_exit_1_one_line_each(tmp_path: Path, db: str, capsys) -> None:
    rows = small_plan()["Maßnahmen"]
    rows[1][6] = "siebzig"
    rows[2][4] = "IHK Essen"
    path = _write(tmp_path / "Masterplan.xlsx", plan_file(Massnahmen=rows).content)
    assert main(["import", path, "--db", db]) == 1
    err = capsys.readouterr().err.splitlines()
    assert (
        "Fehler: Masterplan.xlsx · Maßnahmen, Zeile 2, Spalte „Umsetzungsstand“: „siebzig“ ist keine Zahl "
        "(erwartet 0–100)." in err
    )
    assert any("meinten Sie „IHK zu Essen“?" in line for line in err)
    assert err[-1] == "2 Fehler – es wurde nichts gespeichert."
    assert _stand_ids(db) == []


def _with_example(db: str) -> None:
    """The example Stand the dashboard stores on its first start (the CLI never adds it)."""
    store = Store(db)
    try:
        importer.ensure_example(store)
    finally:
        store.close()


def test_partial_import_on_example_data_says_why_first(tmp_path: Path, db: str, capsys) -> None:
    _with_example(db)
    update = department_update()
    path = _write(tmp_path / update.name, update.content)
    assert main(["import", path, "--db", db]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == texts.cli.EXAMPLE_BASE
    assert err[0].startswith("Der neueste Stand enthält nur Beispieldaten, und Beispieldaten sind nie die Grundlage")
    assert "--adopt-example" in err[0]
    assert "„LZ1“ ist kein bekanntes Leitziel" in err[1]
    assert err[-1] == "8 Fehler – es wurde nichts gespeichert."
    assert _stand_ids(db) == [1]


def test_import_adopting_the_example_data(tmp_path: Path, db: str, capsys) -> None:
    _with_example(db)
    update = department_update()
    path = _write(tmp_path / update.name, update.content)
    assert main(["check", path, "--db", db, "--adopt-example"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == texts.cli.ADOPTED_BASE
    assert main(["import", path, "--db", db, "--adopt-example"]) == 0
    out = capsys.readouterr().out
    assert "Gespeichert als Stand 2: Maßnahmen 0 neu, 3 geändert, 0 entfernt." in out
    assert main(["stands", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  Import auf Beispieldaten  " in lines[1] and "42 Maßnahmen" in lines[1]
    assert main(["check", path, "--db", db, "--adopt-example"]) == 0  # real data now: the option does nothing
    assert capsys.readouterr().out.splitlines()[0] == (
        "--adopt-example hat keine Wirkung: der neueste Stand enthält keine Beispieldaten.")


def test_unreadable_file_exits_2(tmp_path: Path, db: str, capsys) -> None:
    path = _write(tmp_path / "Masterplan.xlsx", b"Nr.;Status\nM01;offen\n")
    assert main(["import", path, "--db", db]) == 2
    assert "Der Dateiinhalt passt nicht zur Endung .xlsx" in capsys.readouterr().err
    assert _stand_ids(db) == []


def test_missing_file_and_bad_usage_exit_2(tmp_path: Path, db: str, capsys) -> None:
    assert main(["import", str(tmp_path / "nix.xlsx"), "--db", db]) == 2
    assert "nicht gefunden" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["imprt", "x"])
    assert exit_info.value.code == 2


def test_export_without_stand_exits_2(tmp_path: Path, db: str, capsys) -> None:
    assert main(["export", str(tmp_path / "out.xlsx"), "--db", db]) == 2
    assert "noch keinen Stand" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()


def test_unknown_stand_exits_2(tmp_path: Path, db: str, capsys) -> None:
    main(["import", _write(tmp_path / "Masterplan.xlsx", plan_file().content), "--db", db])
    assert main(["export", str(tmp_path / "out.xlsx"), "--stand", "7", "--db", db]) == 2
    assert "Stand 7 gibt es nicht. Vorhanden: 1." in capsys.readouterr().err


def test_csv_sheet_option(tmp_path: Path, db: str) -> None:
    main(["import", _write(tmp_path / "Masterplan.xlsx", plan_file().content), "--db", db])
    path = _write(tmp_path / "update.csv", csv_bytes([["Nr.", "Status"], ["M03", "laufend"]]))
    assert main(["import", path, "--db", db]) == 1  # the file name does not say which sheet
    assert main(["import", path, "--sheet", "Massnahmen", "--db", db]) == 0
    store = Store(db)
    assert store.plan(2)["Maßnahmen"].set_index("nr").loc["M03", "status"] == "in Umsetzung"
    store.close()


def test_complete_flag(tmp_path: Path, db: str) -> None:
    main(["import", _write(tmp_path / "Masterplan.xlsx", plan_file().content), "--db", db])
    rows = small_plan()["Maßnahmen"][:3]
    path = _write(tmp_path / "Massnahmen.xlsx", xlsx({"Maßnahmen": rows}))
    assert main(["import", path, "--complete", "--db", db]) == 0
    store = Store(db)
    assert store.latest().counts["Maßnahmen"] == 2
    store.close()


def test_db_option_beats_environment(tmp_path: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    main(["import", _write(tmp_path / "Masterplan.xlsx", plan_file().content), "--db", db])
    assert _stand_ids(db) == [1]
    assert _stand_ids(f"sqlite:///{tmp_path / 'env.db'}") == []


def test_unreachable_database_exits_2(tmp_path: Path, capsys) -> None:
    url = "postgresql://nobody@127.0.0.1:1/none"
    assert main(["stands", "--db", url]) == 2
    assert "Die Datenbank ist nicht erreichbar" in capsys.readouterr().err


@pytest.mark.slow
def test_eight_concurrent_imports_end_in_distinct_stands(tmp_path: Path, db_url: str) -> None:
    """Started at once as separate processes: every import lands whole, in its own Stand."""
    base = _write(tmp_path / "Masterplan.xlsx", plan_file().content)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    subprocess.run(
        [sys.executable, "-m", "masterplan", "import", base, "--db", db_url],
        check=True,
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
    )
    processes = []
    for n in range(8):
        rows = [["Nr.", "Maßnahme", "LZ-Nr.", "Federführung"], [f"N{n}", f"Beispiel: Maßnahme {n}", "LZ1", "ST01"]]
        path = _write(tmp_path / f"Massnahmen_{n}.xlsx", xlsx({"Maßnahmen": rows}))
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "masterplan", "import", path, "--db", db_url, "--note", f"Import {n}"],
                env=env,
                cwd=PROJECT_ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    results = [(p.wait(timeout=240), p.stdout.read(), p.stderr.read()) for p in processes]
    assert [code for code, _, _ in results] == [0] * 8, [r for r in results if r[0]]
    store = Store(db_url)
    stands = store.stands()
    assert [s.id for s in stands] == list(range(1, 10))
    assert sorted(s.note for s in stands[1:]) == [f"Import {n}" for n in range(8)]
    assert [s.counts["Maßnahmen"] for s in stands] == list(range(3, 12))
    assert set(store.plan(9)["Maßnahmen"]["nr"]) == {"M01", "M02", "M03", *(f"N{n}" for n in range(8))}
    store.close()
