"""The Chinese catalogue: complete, current with the UI sources, loadable, placeholders intact.

A failure here usually means a tr() string was added or changed: put its Chinese in
resources/translations/zh_CN.yaml and run `python resources/translations/translate.py`.
"""

import importlib.util
import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from models.storage.resources import resource_path
from ui.app import install_translator, pick_language

SCRIPT = resource_path("translations", "translate.py")
REBUILD = "add the Chinese to zh_CN.yaml and run python resources/translations/translate.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("translate_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translate = _load_script()
PLACEHOLDER = re.compile(r"%n|%s|%\d+|\{[A-Za-z_]\w*\}")
MNEMONIC = re.compile(r"&([^&\s])")
SHORTCUT = re.compile(r"\((?:Ctrl|Alt|Shift|Meta)\+[^)]+\)")


def _translations():
    """(context, source, [translation texts]) for every message of the committed .ts."""
    found = []
    for context, source, message in translate.messages(translate.TS):
        translation = message.find("translation")
        texts = [form.text or "" for form in translation.iter("numerusform")]
        found.append((context, source, texts or [translation.text or ""]))
    return found


def test_ts_holds_every_tr_string_of_the_ui(tmp_path):
    scanned = tmp_path / "scan.ts"
    translate.lupdate(scanned, quiet=True)
    in_code = {(context, source) for context, source, _m in translate.messages(scanned)}
    in_ts = {(context, source) for context, source, _m in translate.messages(translate.TS)}
    assert in_code, "lupdate found no tr() strings in ui/*.py"
    missing = sorted(in_code - in_ts)
    assert not missing, f"not in appraisal_zh_CN.ts ({REBUILD}): {missing}"


def test_every_message_is_translated():
    messages = list(translate.messages(translate.TS))
    assert len(messages) > 100
    obsolete = [(c, s) for c, s, m in messages
                if m.find("translation").get("type") in ("obsolete", "vanished")]
    assert not obsolete, f"stale messages in the .ts (re-run translate.py): {obsolete}"
    unfinished = translate.untranslated(translate.TS)
    assert not unfinished, f"unfinished or empty ({REBUILD}): {unfinished}"


@pytest.fixture
def zh_translator(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_qm_translates_known_strings(zh_translator):
    tr = QCoreApplication.translate
    assert tr("ChecklistWidget", "Undo") == "撤销"
    assert tr("ChecklistWidget", "Redo") == "重做"
    assert tr("MainWindow", "&File") == "文件(&F)"
    assert tr("MainWindow", "Month so far") == "本月累计"
    assert tr("EmployeePanel", "Search name, number or initials (Ctrl+F)").endswith("(Ctrl+F)")
    assert tr("ChecklistWidget", "%n input(s) missing", "", 3) == "缺少 3 项输入"
    assert tr("ChecklistWidget", "%n item(s) await approval", "", 1) == "1 项待审批"


def test_qm_is_built_from_the_current_ts(zh_translator):
    stale = []
    for context, source, texts in _translations():
        numerus = len(texts) > 1 or "%n" in source
        got = zh_translator.translate(context, source, None, 2 if numerus else -1)
        if got != texts[0]:
            stale.append((context, source, got))
    assert not stale, f"appraisal_zh_CN.qm is out of date (run translate.py): {stale}"


def test_install_translator_loads_the_catalogue(qapp):
    translator = install_translator(qapp, "zh")
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "History") == "历史记录"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert install_translator(qapp, "en") is None


def _leading(text):
    return text[:len(text) - len(text.lstrip())]


def _trailing(text):
    return text[len(text.rstrip()):]


def test_placeholders_mnemonics_and_spacing_survive():
    problems = []
    for context, source, texts in _translations():
        for text in texts:
            where = f"[{context}] {source!r} → {text!r}"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ: {where}")
            for letter in MNEMONIC.findall(source.replace("&&", "")):
                if f"(&{letter.upper()})" not in text and f"(&{letter})" not in text:
                    problems.append(f"mnemonic &{letter} not kept as (&{letter.upper()}): {where}")
            for shortcut in SHORTCUT.findall(source):
                if shortcut not in text:
                    problems.append(f"shortcut {shortcut} lost: {where}")
            if (_leading(source), _trailing(source)) != (_leading(text), _trailing(text)):
                problems.append(f"leading/trailing spaces differ: {where}")
            if source.endswith("…") and not text.endswith("…"):
                problems.append(f"the closing … is lost: {where}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("setting", ["zh", "en"])
@pytest.mark.parametrize("system", ["zh_CN", "zh_TW", "en_US", "de_DE"])
def test_pick_language_setting_wins(setting, system):
    assert pick_language(setting, system_locale=system) == setting


@pytest.mark.parametrize("setting", ["", None])
@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh"), ("zh_TW", "zh"), ("en_US", "en"), ("de_DE", "en"), ("", "en")])
def test_pick_language_follows_the_system(setting, system, expected):
    assert pick_language(setting, system_locale=system) == expected


def test_pick_language_reads_the_real_system_without_a_locale():
    assert pick_language("") in ("zh", "en")


def test_the_catalogue_survives_its_file_being_rewritten(qapp, tmp_path, monkeypatch):
    """An update that rewrites the .qm while the app runs must not pull it from under Qt (a
    mapped file crashed the app with a bus error): the catalogue is read into memory."""
    import shutil

    from PySide6.QtCore import QCoreApplication

    from models.storage import resources
    from ui.app import install_translator

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(resources.resource_path("translations", "appraisal_zh_CN.qm"), folder)
    monkeypatch.setattr(resources, "resource_root", lambda: tmp_path)
    translator = install_translator(qapp, "zh")
    try:
        (folder / "appraisal_zh_CN.qm").write_bytes(b"\0" * 16)      # rewritten under it
        assert QCoreApplication.translate("AuditWords", "upheld") == "异议成立"
    finally:
        qapp.removeTranslator(translator)
