"""The one place that knows where `resources/` is, in a checkout and in a frozen build."""

import sys
from pathlib import Path


def resource_root():
    # PyInstaller unpacks data files under sys._MEIPASS; keep `resources/` as the folder name.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"   # models/storage/ → the root


def resource_path(*parts):
    return resource_root().joinpath(*parts)


def app_version():
    """The app's version: resources/VERSION, the one source (pyproject.toml reads it too), so a
    frozen build, which has no package metadata, knows it as well."""
    try:
        return resource_path("VERSION").read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"
