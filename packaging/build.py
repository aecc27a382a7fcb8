"""Build the desktop app: one folder, dist/appraisal-desk/, and an archive named with the version.

    python packaging/build.py             # dist/appraisal-desk/ and its archive,
                                          # dist/appraisal-desk-<version>-<os>-<arch>.tar.gz
    python packaging/build.py --bare      # also dist/bare-window/: the frozen bare PySide6
                                          # window bench/bench_frozen_start.py compares with
    python packaging/build.py --bare-only

Needs `pip install -e ".[build]"` (PyInstaller) and, on Linux, binutils and fonts-wqy-microhei.
The same command builds on Windows (a .zip; the installer: docs/desktop-build.md).
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "appraisal-desk.spec"
BARE_SCRIPT = ROOT / "packaging" / "bare_window.py"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_NAME = "appraisal-desk"


def version():
    """resources/VERSION: the one version source (also --version and Help → About)."""
    return (ROOT / "resources" / "VERSION").read_text(encoding="utf-8").strip()


def platform_tag():
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    return f"{system}-{machine}"


def archive_name(ver=None, tag=None):
    """e.g. appraisal-desk-0.1.0-linux-x86_64.tar.gz (a .zip on Windows)."""
    tag = tag or platform_tag()
    suffix = ".zip" if tag.startswith("windows") else ".tar.gz"
    return f"{APP_NAME}-{ver or version()}-{tag}{suffix}"


def folder_size(folder):
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file()
               and not p.is_symlink())


def pyinstaller(*args):
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is missing: python -m pip install -e ".[build]"') from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), *args]
    subprocess.run(command, cwd=ROOT, check=True)


def build_app():
    pyinstaller("--workpath", str(WORK / APP_NAME), str(SPEC))
    return DIST / APP_NAME


def add_desktop_files(folder):
    """Linux: the menu entry, the script that installs it, and a short README beside the app."""
    if not sys.platform.startswith("linux"):
        return
    for name in ("appraisal-desk.desktop", "install-desktop-entry.sh", "README.txt"):
        shutil.copy2(ROOT / "packaging" / "linux" / name, folder / name)


def build_bare():
    """The baseline: a bare PySide6 window frozen with the same PyInstaller, one folder."""
    pyinstaller("--workpath", str(WORK / "bare-window"), "--specpath", str(WORK),
                "--name", "bare-window", "--onedir", "--exclude-module", "numpy",
                str(BARE_SCRIPT))
    return DIST / "bare-window"


def make_archive(folder):
    """The one folder packed as <name>-<version>-<os>-<arch>.tar.gz (.zip on Windows), with the
    folder itself at the top so that unpacking gives appraisal-desk/."""
    target = DIST / archive_name()
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                archive.write(path, path.relative_to(folder.parent))
    else:
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=folder.name)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bare", action="store_true",
                        help="also build dist/bare-window/ (the start-up baseline)")
    parser.add_argument("--bare-only", action="store_true", help="only dist/bare-window/")
    parser.add_argument("--no-archive", action="store_true", help="leave out the archive")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONHASHSEED", "0")    # reproducible bytecode order
    if args.bare or args.bare_only:
        started = time.perf_counter()
        shutil.rmtree(DIST / "bare-window", ignore_errors=True)
        bare = build_bare()
        print(f"built {bare} in {time.perf_counter() - started:.0f} s, "
              f"{folder_size(bare) / 2**20:.0f} MB")
    if args.bare_only:
        return 0
    started = time.perf_counter()
    folder = build_app()
    add_desktop_files(folder)
    took = time.perf_counter() - started
    print(f"built {folder} (version {version()}) in {took:.0f} s, "
          f"{folder_size(folder) / 2**20:.0f} MB")
    if not args.no_archive:
        archive = make_archive(folder)
        print(f"archive {archive} ({archive.stat().st_size / 2**20:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
