"""What the desktop build carries and what it leaves out (read by packaging/appraisal-desk.spec).

Kept small on purpose: the app uses QtCore/Gui/Widgets, QtPrintSupport, QtPdf(+Widgets) and
QtCharts. Everything else PySide6 or the Python environment offers stays out.
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Files of resources/ that only the developers use (the translation sources and their tool).
DEV_ONLY = {"translations/appraisal_zh_CN.ts", "translations/zh_CN.yaml",
            "translations/translate.py"}

# Where the CJK fallback font is taken from at build time (fonts-wqy-microhei on Debian/Ubuntu;
# on Windows set APPRAISAL_DESK_BUILD_FONT, or the build goes on without it: YaHei is there).
FONT_ENV = "APPRAISAL_DESK_BUILD_FONT"
FALLBACK_FONT_PATHS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                       "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
                       "/usr/share/fonts/wenquanyi/wqy-microhei.ttc")

_QT = ["WebEngineCore", "WebEngineWidgets", "WebEngineQuick", "WebChannel", "WebSockets",
       "WebView", "3DCore", "3DRender", "3DInput", "3DLogic", "3DAnimation", "3DExtras",
       "Multimedia", "MultimediaWidgets", "SpatialAudio", "Quick", "Quick3D", "QuickControls2",
       "QuickWidgets", "QuickTest", "Qml", "Designer", "UiTools", "Help", "Bluetooth", "Nfc",
       "Positioning", "Location", "Sensors", "SerialPort", "SerialBus", "TextToSpeech",
       "DataVisualization", "Graphs", "GraphsWidgets", "RemoteObjects", "Scxml",
       "StateMachine", "Sql", "Test", "HttpServer", "NetworkAuth", "Network", "Concurrent",
       "DBus", "Xml", "Svg", "SvgWidgets", "OpenGL", "OpenGLWidgets", "Charts3D", "AxContainer"]
EXCLUDED_MODULES = ([f"PySide6.Qt{name}" for name in _QT]
                    + ["numpy", "tkinter", "_tkinter", "matplotlib", "IPython", "pytest",
                       "hypothesis", "PyInstaller", "setuptools", "pip", "jsonschema",
                       "pygments", "readline", "curses",
                       # yarl (under pyhanko's aiohttp) uses pydantic only when it is there
                       "pydantic", "pydantic_core",
                       # image formats nobody prints: AVIF alone brings a 5 MB library
                       "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
                       "PIL.ImageTk", "PIL._imagingtk", "PIL.ImageQt"])

# Qt shared libraries, by name, that nothing kept links to (QtPdf, QtCharts and the plugins do
# not; the smoke test would fail if one did). `prune_unlinked` finds the rest on Linux.
_DROPPED_LIBS = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Designer",
                 "Qt6Sql", "Qt6Test", "Qt6Bluetooth", "Qt6Positioning", "Qt6Location",
                 "Qt6ShaderTools", "Qt6VirtualKeyboard", "Qt6Graphs", "Qt6DataVisualization",
                 "Qt6Charts3D", "Qt6Sensors", "Qt6SerialPort", "Qt6SpatialAudio",
                 "Qt6TextToSpeech", "Qt6PdfQuick", "Qt6Help", "Qt6UiTools")
# Qt plugins the app needs, by folder: windowing (X11, offscreen for CI, Windows, macOS), the
# desktop's file dialogs, input methods (typing Chinese), images, printing, styles. Others (SQL
# drivers, TLS, network information, Wayland — Qt falls back to X11 —, the GTK theme, which would
# load the PC's GTK against the build machine's GLib) stay out.
_KEPT_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "imageformats": {"qico", "qjpeg", "qgif"},      # PNG is built into QtGui
    "printsupport": None,                           # None: every plugin of the folder
    "styles": None,
    "xcbglintegrations": None,
}
# Qt's own catalogue: only the one the app loads (ui/app.py: qtbase_zh_CN).
_KEPT_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)


OWN_PACKAGES = ("scoring", "models", "reports", "ui")


def own_modules(root):
    """Every module of the app's packages, by walking the files (most are imported inside
    functions, and a folder without __init__.py is still a package to Python)."""
    root = Path(root)
    names = []
    for package in OWN_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def data_files(root):
    """(source, folder in the bundle) pairs: resources/ without the developers' files, and the
    CJK fallback font with its licence under resources/fonts/fallback/."""
    root = Path(root)
    out = []
    for path in sorted((root / "resources").rglob("*")):
        rel = path.relative_to(root / "resources").as_posix()
        if path.is_dir() or rel in DEV_ONLY or "__pycache__" in rel:
            continue
        out.append((str(path), str(Path("resources") / Path(rel).parent)))
    font = fallback_font()
    if font is not None:
        fallback = str(Path("resources") / "fonts" / "fallback")
        out += [(str(font), fallback),
                (str(HERE / "licences" / "wqy-microhei-NOTICE.txt"), fallback),
                (str(HERE / "licences" / "Apache-2.0.txt"), fallback)]
    return out


def fallback_font():
    """The WenQuanYi Micro Hei file to bundle, or None on Windows without one (YaHei is there).
    Linux builds stop without it: a bare Linux PC would print empty boxes."""
    env = os.environ.get(FONT_ENV)
    for candidate in ([env] if env else FALLBACK_FONT_PATHS):
        if Path(candidate).is_file():
            return Path(candidate)
    if sys.platform == "win32":
        return None
    raise SystemExit("packaging: WenQuanYi Micro Hei not found (apt install fonts-wqy-microhei, "
                     f"or set {FONT_ENV}=/path/to/wqy-microhei.ttc)")


def keep(entries):
    """PyInstaller's TOC without the Qt plugins, libraries and catalogues the app never loads."""
    return [entry for entry in entries if _wanted(entry[0].replace("\\", "/"))]


def _wanted(dest):
    parts = dest.split("/")
    if "PySide6" in parts and "translations" in parts:
        return parts[-1] in _KEPT_QT_TRANSLATIONS
    if "PySide6" in parts and "plugins" in parts[:-2]:
        folder = parts[parts.index("plugins") + 1]
        if folder not in _KEPT_PLUGINS:
            return False
        kept = _KEPT_PLUGINS[folder]
        stem = parts[-1].split(".")[0].removeprefix("lib")
        return kept is None or stem in kept
    name = parts[-1]
    return not any(name.startswith(lib) or name.startswith("lib" + lib) for lib in _DROPPED_LIBS)


def prune_unlinked(binaries, datas):
    """Linux: drop the shared libraries that no kept extension module, Qt plugin or libpython
    links to, directly or through another (the GTK theme's cairo and pango, EGLFS, Wayland …:
    PyInstaller collected them before `keep` filtered their plugins out), and their symlinks."""
    if not sys.platform.startswith("linux"):
        return binaries, datas
    source = {}
    for dest, src, _typecode in binaries:
        source.setdefault(Path(dest).name, src)
    stack = [Path(dest).name for dest, _src, typecode in binaries
             if typecode == "EXTENSION" or "/plugins/" in dest.replace("\\", "/")
             or Path(dest).name.startswith("libpython")]
    reached = set()
    while stack:
        name = stack.pop()
        if name in reached or name not in source:
            continue
        reached.add(name)
        stack += _needed(source[name])
    dropped = set(source) - reached
    return ([entry for entry in binaries if Path(entry[0]).name not in dropped],
            [entry for entry in datas
             if not (entry[2] == "SYMLINK" and Path(entry[0]).name in dropped)])


def _needed(path):
    """The NEEDED entries of an ELF file (objdump is there: PyInstaller needs it on Linux)."""
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True).stdout
    return [line.split()[-1] for line in out.splitlines() if line.strip().startswith("NEEDED")]
