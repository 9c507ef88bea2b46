"""Every command and setting is documented; the README keeps its two-command Quick start."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import click

from observatory.cli import cli
from observatory.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def _cli_docs_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("cli_docs", REPO / "scripts" / "cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    docs = _cli_docs_module()
    assert (REPO / "docs" / "cli.md").read_text() == docs.render(), "docs/cli.md is stale: run python scripts/cli_docs.py"


def test_every_command_has_help_with_an_example() -> None:
    docs = _cli_docs_module()
    for path, command in docs.walk(cli, ("observatory",)):
        if isinstance(command, click.Group):
            continue
        assert command.help and "Example" in command.help, f"{' '.join(path)} needs help text with an example"


def test_every_setting_is_in_the_readme_or_docs() -> None:
    text = (REPO / "docs" / "cli.md").read_text() + (REPO / "README.md").read_text()
    for setting in SETTINGS:
        assert setting.env in text


def test_readme_quick_start_has_exactly_two_commands() -> None:
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", section, flags=re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert commands == ["bash scripts/quickstart.sh", "bash scripts/test.sh"]
    assert "bash scripts/test.sh" in (REPO / ".ci" / "run").read_text() or "scripts/test.sh" in (REPO / ".ci" / "run").read_text()


def test_every_option_has_help_text() -> None:
    docs = _cli_docs_module()
    for path, command in docs.walk(cli, ("observatory",)):
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden:
                assert param.help, f"{' '.join(path)} {param.opts[0]} has no help text"
