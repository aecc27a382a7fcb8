"""Tick to updated figures on a 100-item rubric, against its parts measured alone in the same run.

    python bench/bench_tick.py [--ticks 200] [--items 100]

One tick = the click on "+", the incident written in its own transaction (synchronous=FULL),
the period's inputs re-read, the engine run, every label of the checklist updated and the
window repainted. Target: inside one 16 ms frame.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from models.database.store import open_db  # noqa: E402
from models.people.employees import add_employee  # noqa: E402
from models.people.teams import add_team  # noqa: E402
from models.rubrics import save_rubric_text  # noqa: E402
from models.work.checklist import Checklist  # noqa: E402
from models.work.periods import current_period  # noqa: E402
from scoring import evaluate  # noqa: E402
from ui.checklist import ChecklistWidget  # noqa: E402
from ui.session import Session  # noqa: E402


def big_rubric(n_items, n_sections=10):
    """n_items items in n_sections sections: 70 % deductions (some severe/ranged), 30 % values."""
    per = n_items // n_sections
    sections = []
    for s in range(n_sections):
        items = []
        for i in range(per):
            iid = f"s{s}-i{i}"
            if i % 10 < 7:
                item = {"id": iid, "text": f"检查项 {s}.{i},不合要求扣分", "deduct": 1 + i % 3}
                if i % 4 == 0:
                    item["severe_x"] = 2
                if i % 5 == 1:
                    item["deduct"] = [1, 5]
            else:
                item = {"id": iid, "text": f"指标 {s}.{i}", "points": 0,
                        "linear": {"zero_at": 70, "full_at": 90}}
            items.append(item)
        sections.append({"id": f"s{s}", "name": f"第{s + 1}部分", "points": 10,
                         "start": "full", "items": items})
    return {"id": "bench-100", "name": "百项基准", "post": "基准岗", "base": 10 * n_sections,
            "sections": sections}


def median_ms(samples):
    return statistics.median(samples) * 1000, sorted(samples)[int(len(samples) * 0.95)] * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ticks", type=int, default=200)
    parser.add_argument("--items", type=int, default=100)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db", first_run_setup=False)
        save_rubric_text(db, yaml.safe_dump(big_rubric(args.items), allow_unicode=True),
                         by="bench set-up")
        team = add_team(db, name="基准班", by="bench set-up")
        employee = add_employee(db, code="B1", name="基准", team_id=team, post="基准岗",
                                by="bench set-up")
        checklist = Checklist(db, employee_id=employee, period=current_period(db))
        widget = ChecklistWidget(Session(db, language="zh"), checklist)
        widget.resize(1200, 900)
        widget.show()
        app.processEvents()
        deduct_rows = [r for r in widget.rows.values() if hasattr(r, "plus")]
        ticks, evaluations, writes = [], [], []
        for n in range(args.ticks):
            row = deduct_rows[n % len(deduct_rows)]
            start = time.perf_counter()
            row.plus.click()
            widget.repaint()
            app.processEvents()
            ticks.append(time.perf_counter() - start)
            # the parts alone: the engine over the same sheet, and one bare committed insert
            start = time.perf_counter()
            evaluate(checklist.rubric, checklist.view.sheet)
            evaluations.append(time.perf_counter() - start)
            start = time.perf_counter()
            with db.conn:
                db.conn.execute("INSERT INTO settings (key, value_json) VALUES (?, '0') "
                                "ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json",
                                (f"bench-{n % 5}",))
            writes.append(time.perf_counter() - start)
        total = len(checklist.view.incidents)
        db.close()
    print(f"{args.items}-item rubric, {args.ticks} ticks, "
          f"{total} incidents in the period at the end")
    for label, samples in (("tick → figures updated and repainted", ticks),
                           ("  of which alone: engine evaluate()", evaluations),
                           ("  of which alone: one committed INSERT", writes)):
        med, p95 = median_ms(samples)
        print(f"{label:42s} median {med:6.2f} ms   p95 {p95:6.2f} ms")
    med, _ = median_ms(ticks)
    print(f"target: inside one 16 ms frame → {'OK' if med < 16 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
