"""Render the screenshots in docs/screenshots/ from the real widgets (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [zh|en]
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.database.store import open_db  # noqa: E402
from models.people.employees import list_employees  # noqa: E402
from ui.app import install_translator, make_app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main(language):
    app = make_app()
    install_translator(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "demo.db")          # built-in rubrics and the demo team
        window = MainWindow(db, language=language)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / f"main-window-{language}.png"))

        agent = next(e for e in list_employees(db) if e["post"] == "客户服务代表")
        window.employees.table.selectRow(
            window.employees.proxy.mapFromSource(
                window.employees.model.index(window.employees.model.row_of(agent["id"]), 0)
            ).row())
        app.processEvents()
        checklist = window.checklist_widget
        rows = checklist.rows
        rows["command-tone"].note.setText("对来电客户使用命令语气" if language == "zh"
                                          else "Commanding tone with a caller")
        rows["command-tone"].plus.click()
        rows["early-hangup"].severe.setChecked(True)
        rows["early-hangup"].plus.click()
        rows["ticket-incomplete"].plus.click()
        rows["ticket-incomplete"].plus.click()
        app.processEvents()
        window.grab().save(str(OUT / f"checklist-in-use-{language}.png"))
        window.tabs.setCurrentWidget(window.month)
        app.processEvents()
        window.grab().save(str(OUT / f"month-so-far-{language}.png"))

        window.tabs.setCurrentWidget(window.forms)
        window.forms.create_forms()
        app.processEvents()
        window.grab().save(str(OUT / f"forms-{language}.png"))
        dialog = window.forms.open_form(window.forms.form_at(1))
        dialog.resize(1100, 760)
        app.processEvents()
        dialog.grab().save(str(OUT / f"form-{language}.png"))
        dialog.close()
        window.close()
        db.close()
    first_run(app, language)


def first_run(app, language):
    """The first start's set-up, and the sign-in of the demo after "Just look around"."""
    from models.database import demo
    from ui.first_run import FirstRunDialog
    from ui.sign_in import SignInDialog

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "first.db")         # nobody can sign in yet
        dialog = FirstRunDialog(db)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / f"first-run-{language}.png"))
        dialog.close()
        demo.install_demo_users(db)
        sign_in = SignInDialog(db)
        sign_in.show()
        app.processEvents()
        sign_in.grab().save(str(OUT / f"demo-sign-in-{language}.png"))
        sign_in.close()
        db.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "zh")
