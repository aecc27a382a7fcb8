"""One version source, resources/VERSION: `--version`, Help → About (tests/test_about_dialog.py),
pyproject.toml and the build's archive name all read it, in a checkout and in a frozen build."""

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

import main
from models.storage.resources import app_version

ROOT = Path(__file__).resolve().parent.parent


def build_script():
    """packaging/build.py as a module (packaging/ is no package: it would shadow PyPI's)."""
    spec = importlib.util.spec_from_file_location("appraisal_build", ROOT / "packaging" /
                                                  "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def printed_version(capsys):
    with pytest.raises(SystemExit) as done:
        main.main(["--version"])
    assert done.value.code == 0
    return capsys.readouterr().out.strip()


def test_the_version_is_resources_VERSION_and_main_prints_it(capsys):
    written = (ROOT / "resources" / "VERSION").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+([.-]?\w+)?", written)
    assert app_version() == written
    assert printed_version(capsys) == f"Appraisal Desk {written}"


def test_pyproject_takes_its_version_from_the_same_file():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"file": "resources/VERSION"}


def test_a_frozen_build_reads_the_version_it_carries(monkeypatch, tmp_path, capsys):
    """PyInstaller's one folder: no package metadata, resources/ under sys._MEIPASS."""
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "VERSION").write_text("2.3.4\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert app_version() == "2.3.4"
    assert printed_version(capsys) == "Appraisal Desk 2.3.4"


def test_the_build_archive_is_named_with_the_version():
    build = build_script()
    assert build.version() == app_version()
    assert build.archive_name(tag="linux-x86_64") == \
        f"appraisal-desk-{app_version()}-linux-x86_64.tar.gz"
    assert build.archive_name("1.2.0", tag="windows-x86_64") == \
        "appraisal-desk-1.2.0-windows-x86_64.zip"
