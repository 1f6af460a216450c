"""The static checks the style guide asks for, run with the suite (configured in pyproject.toml):
ruff (E, F, B, SIM and C90 at most complexity 12, 120 columns) and mypy, with the libraries' stubs,
both clean on feeds/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_is_clean_on_feeds() -> None:
    result = run("ruff", "check", "--no-cache", "feeds")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_what_it_is_configured_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nx = [" + "1, " * 60 + "]\n", encoding="utf-8")
    result = run("ruff", "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(bad))
    assert result.returncode == 1 and "F401" in result.stdout and "E501" in result.stdout


def test_mypy_is_clean_on_feeds() -> None:
    result = run("mypy", "--cache-dir", str(ROOT / ".mypy_cache"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
