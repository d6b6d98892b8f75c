"""Every CLI command, option and export format is documented (docs are part of the contract)."""
import re
from pathlib import Path

from chronicle.cli import build_parser
from chronicle.export import EXPORTERS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))


def test_every_cli_command_and_option_is_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, cmd in sub.choices.items():
        assert f"chronicle {name}" in text, name
        for action in cmd._actions:
            for opt in action.option_strings:
                if opt not in ("-h", "--help"):
                    assert opt in text, f"{name} {opt} is not in docs/cli.md"


def test_every_export_format_is_documented():
    text = (DOCS / "export.md").read_text(encoding="utf-8")
    for fmt in EXPORTERS:
        assert re.search(rf"`{fmt}`", text), fmt


def test_every_docs_page_is_linked_from_the_index():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"({page.name})" in index, page.name
