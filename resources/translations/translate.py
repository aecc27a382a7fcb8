"""Rebuild the Simplified Chinese catalogue from the UI sources and zh_CN.yaml.

    python resources/translations/translate.py

1. pyside6-lupdate ui/**/*.py -ts appraisal_zh_CN.ts  (adds new tr() strings, drops vanished ones)
2. fills every message from zh_CN.yaml (English source → Chinese), clearing type="unfinished"
3. pyside6-lrelease appraisal_zh_CN.ts -qm appraisal_zh_CN.qm
4. exits 1, listing them, when a source string has no Chinese in zh_CN.yaml

zh_CN.yaml is the only place translations are written; edits made to the .ts (e.g. in Qt
Linguist) are overwritten by the YAML. A value is the Chinese text, or, where one English
string needs different Chinese in different classes, a mapping {default: …, ClassName: …}.
For "%n" (numerus) messages give one form: Chinese has no plural.
"""

import glob
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "appraisal_zh_CN.ts"
QM = HERE / "appraisal_zh_CN.qm"
YAML = HERE / "zh_CN.yaml"
SOURCES = "ui/**/*.py"      # packages too (ui/rubric_editor/)


def qt_tool(name):
    """The command for pyside6-<name>; falls back to the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return [str(candidate)]
    raise FileNotFoundError(f"pyside6-{name} not found: install PySide6")


def lupdate(ts_path, *, quiet=False):
    """Scan the UI sources into `ts_path`, keeping the translations already in it."""
    sources = sorted(glob.glob(SOURCES, root_dir=ROOT, recursive=True))
    command = qt_tool("lupdate") + [*sources, "-no-obsolete", "-target-language", "zh_CN",
                                    "-ts", os.path.relpath(ts_path, ROOT)]
    if quiet:
        command.append("-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def messages(ts_path):
    """(context, source, element) for every message in a .ts file."""
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message


def untranslated(ts_path):
    """(context, source) of every message still unfinished or empty."""
    found = []
    for context, source, message in messages(ts_path):
        translation = message.find("translation")
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            found.append((context, source))
    return found


def load_dictionary(path=YAML):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def chinese_for(dictionary, context, source):
    value = dictionary.get(source)
    if isinstance(value, dict):
        value = value.get(context, value.get("default"))
    return value if isinstance(value, str) and value.strip() else None


def fill(ts_path, dictionary):
    """Write the dictionary's Chinese into every message it has."""
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            chinese = chinese_for(dictionary, name, source)
            if chinese is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = chinese
            else:
                translation.text = chinese
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(ts_path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                             + body + "\n", encoding="utf-8")


def main():
    dictionary = load_dictionary()
    lupdate(TS)
    fill(TS, dictionary)
    lupdate(TS, quiet=True)   # once more, so the file is laid out exactly as lupdate writes it
    missing = untranslated(TS)   # read back: the second scan may have met a brand-new string
    subprocess.run(qt_tool("lrelease") + [str(TS), "-qm", str(QM)], check=True)
    used = {source for _context, source, _message in messages(TS)}
    unused = sorted(set(dictionary) - used)
    if unused:
        print(f"zh_CN.yaml: {len(unused)} entr{'y' if len(unused) == 1 else 'ies'} no longer "
              "used (delete them):")
        for source in unused:
            print(f"    {source!r}")
    if missing:
        print(f"zh_CN.yaml has no Chinese for {len(missing)} string(s); add them and re-run:",
              file=sys.stderr)
        for context, source in missing:
            print(f"{json.dumps(source, ensure_ascii=False)}: \"\"   # {context}", file=sys.stderr)
        return 1
    print(f"{TS.name}: every message translated; {QM.name} rebuilt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
