"""The developer docs name only what exists: every path, module and text they point a newcomer to."""

from __future__ import annotations

import importlib
import re

import pytest

from masterplan.paths import PROJECT_ROOT

DOCS = ["docs/architecture.md", "docs/barrierefreiheit.md", "README.md"]
CODE = re.compile(r"`([^`\s]+)`")
MADE_LATER = {".streamlit/secrets.toml", "test-artifacts/screenshots/"}  # written by the operator or the tests
ALIASES = {"shared": "pages.shared", "texts": "masterplan.texts"}


def named_paths(doc: str) -> list[str]:
    """Backticked names that look like files or folders of the project (placeholders like <name> left out)."""
    text = (PROJECT_ROOT / doc).read_text(encoding="utf-8")
    return sorted({m for m in CODE.findall(text) if re.fullmatch(r"[\w./-]+/|[\w./-]+\.(py|md|toml|txt)", m)
                   and not m.startswith(("http", "/"))})


@pytest.mark.parametrize("doc", DOCS)
def test_every_path_the_docs_name_exists(doc: str) -> None:
    missing = [path for path in named_paths(doc) if path not in MADE_LATER and not (PROJECT_ROOT / path).exists()
               and not (PROJECT_ROOT / "tests" / path).exists()]
    assert named_paths(doc) and not missing


def test_every_module_and_function_the_architecture_names_exists() -> None:
    text = (PROJECT_ROOT / "docs/architecture.md").read_text(encoding="utf-8")
    names = sorted({m for m in CODE.findall(text)
                    if re.fullmatch(r"(masterplan|loaders|shared|texts)\.[\w.]+(\(\))?", m)})
    unresolved = []
    for name in names:
        head, _, rest = name.removesuffix("()").partition(".")
        parts = [*ALIASES.get(head, head).split("."), *rest.split(".")]
        for cut in range(len(parts), 0, -1):
            try:
                target = importlib.import_module(".".join(parts[:cut]))
            except ImportError:
                continue
            for attribute in parts[cut:]:
                target = getattr(target, attribute, None)
            if target is None:
                unresolved.append(name)
            break
        else:
            unresolved.append(name)
    assert names and not unresolved


def test_nothing_cites_a_file_outside_the_repository() -> None:
    """The project explains itself: code and docs point to the code or to docs/, never to the product's notes."""
    tracked = [p for p in PROJECT_ROOT.rglob("*") if p.suffix in (".py", ".md", ".toml") and ".git" not in p.parts
               and "test-artifacts" not in p.parts and p.name != "test_docs.py"]
    citing = [str(p.relative_to(PROJECT_ROOT)) for p in tracked
              if re.search(r"DESIGN\.md|RELIABILITY\.md|\.\./shared/", p.read_text(encoding="utf-8", errors="ignore"))]
    assert tracked and not citing
