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
