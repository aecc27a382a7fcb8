"""Fuzzing what comes from outside: rubric and sheet text, employee lists, notes.

Rubric and sheet text fail with RubricError and nothing else; employee imports fail with a clear
ValueError or per-row problems and never import half a file; odd text in notes comes back
exactly. FUZZ_EXAMPLES (default 200) sets the examples per test; each test prints its count.
"""

import csv
import io
import os
import random
import re
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.database.store import open_db
from models.people.employees import add_employee, employee_by_code
from models.people.imports import commit_import, preview_employees
from models.people.teams import add_team
from models.rubrics import install_builtin_rubrics, list_posts, rubric_for_post
from models.work.incidents import add_incident, get_incident, history, set_note
from scoring import RubricError, rubric_from_text, sheet_from_text

pytestmark = pytest.mark.slow   # pytest -m "not slow" for a quick run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
RUBRICS = {p.stem: p.read_text(encoding="utf-8")
           for p in sorted((ROOT / "resources" / "rubrics").glob("*.yaml"))}
SHEETS = {p.name.removesuffix(".sheet.yaml"): p.read_text(encoding="utf-8")
          for p in sorted((ROOT / "tests" / "samples").glob("*.sheet.yaml"))}
PARSED = {name: rubric_from_text(text) for name, text in RUBRICS.items()}
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
RUBRIC_DATA = {name: yaml.load(text, Loader=LOADER) for name, text in RUBRICS.items()}
SHEET_DATA = {name: yaml.load(text, Loader=LOADER) or {} for name, text in SHEETS.items()}


def dump(data):
    return yaml.dump(data, Dumper=DUMPER, allow_unicode=True)


# -- odd text -------------------------------------------------------------------------------------

RTL = ["مرحبا بالعالم", "שלום", "\u202eevil\u202c", "\u200f\u200e", "ܫܠܡܐ"]
EMOJI = ["😀", "👩‍👩‍👧‍👦", "🇨🇳", "❤️", "🧑🏽‍💻", "\U0001F9EA" * 30]
CONTROL = [chr(c) for c in range(0, 32)] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
                                             "\ufffe", "\u0301", "\u200b"]
odd_piece = st.one_of(
    st.text(max_size=30),
    st.sampled_from(RTL + EMOJI + CONTROL + ["张三", "工号", ",", '"', "'", ";", "\r\n"]),
    st.text(alphabet=st.sampled_from(CONTROL), max_size=10),
)
odd_text = st.lists(odd_piece, max_size=8).map("".join)
long_text = st.integers(1000, 20000).flatmap(
    lambda n: st.sampled_from(["名", "😀", "a", "\u0645", "\x00x"]).map(lambda s: s * n))
any_text = st.one_of(odd_text, long_text)


# -- rubric and sheet text ------------------------------------------------------------------------

YAML_CHARS = list(":-[]{}#&*!|>'\"%@`,?~\n\n\n  \t.0123456789") + list("abcdeyzn") + \
    ["扣分", "items:", "sections:", "kind: ", "deduct", "base: 100", "- id: ", "\n  - ",
     "points: ", "true", "null", ".inf", "-.nan", "0x1F", "1e400", "!!python/object", "*a",
     "&a ", "<<: ", "? "]
yamlish = st.lists(st.sampled_from(YAML_CHARS), max_size=80).map("".join)


def _bomb(width, levels):
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


# What a hostile or broken file can do to a YAML reader: nest without end, multiply through
# aliases, refer to itself, hold numbers and dates that do not exist.
hostile = st.one_of(
    st.integers(1, 3000).map(lambda n: "[" * n),
    st.integers(1, 3000).map(lambda n: "{a: " * n + "1" + "}" * n),
    st.integers(1, 3000).map(lambda n: "- " * n + "x"),
    st.integers(1, 300).map(lambda n: "".join("  " * i + f"k{i}:\n" for i in range(n))),
    st.builds(_bomb, st.integers(2, 12), st.integers(2, 10)),
    st.sampled_from(["&a [*a]", "&a {k: *a}", "*nothing", "a: &a\n  b: *a\n"]),
    st.integers(4000, 20000).map(lambda n: "base: " + "9" * n),
    st.builds("at: {}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 99),
              st.integers(0, 99)),
    st.builds("at: 2024-01-01 {:02d}:{:02d}:{:02d}".format, st.integers(0, 99),
              st.integers(0, 99), st.integers(0, 99)),
)


def _mutate(text, rng):
    """One to five edits of the kinds a hand edit or a broken copy makes."""
    for _ in range(rng.randint(1, 5)):
        n = len(text)
        at, to = sorted((rng.randrange(n + 1), rng.randrange(n + 1)))
        kind = rng.randrange(9)
        if kind == 0:
            text = text[:at] + text[to:]                                   # delete a span
        elif kind == 1:
            text = text[:at] + text[at:to] * 2 + text[to:]                 # duplicate a span
        elif kind == 2:
            text = text[:at] + rng.choice(YAML_CHARS + CONTROL + EMOJI) + text[at:]
        elif kind == 3 and n:
            text = text[:at] + rng.choice("0-9:[]{}# \t\n'\"x") + text[at + 1:]
        elif kind == 4:
            lines = text.split("\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]                         # swap two lines
            text = "\n".join(lines)
        elif kind == 5:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines[i] = " " * rng.choice((1, 2, 3, 4, 8)) + lines[i]         # break indentation
            text = "\n".join(lines)
        elif kind == 6:
            text = text[:at]                                                # truncated copy
        elif kind == 7:
            digits = [i for i, c in enumerate(text) if c.isdigit()]
            for i in rng.sample(digits, min(len(digits), rng.randint(1, 4))):
                text = text[:i] + rng.choice("0123456789") + text[i + 1:]  # dates, numbers
        else:
            for old, new in (("1", "-1"), ("0.5", "abc"), ("true", "maybe"), (": ", ":"),
                             ("deduct", "deduce"), ("- ", "")):
                if old in text and rng.random() < 0.5:
                    text = text.replace(old, new, 1)
    return text


def _only_rubric_errors(call):
    try:
        call()
    except RubricError as exc:
        assert str(exc), "a RubricError must say what is wrong"


@FUZZ
@given(text=st.one_of(yamlish, any_text, hostile))
def test_random_yamlish_text_gives_only_rubric_errors(text):
    test_random_yamlish_text_gives_only_rubric_errors.tried += 1
    _only_rubric_errors(lambda: rubric_from_text(text))
    _only_rubric_errors(lambda: sheet_from_text(text, PARSED["cs-dept-monthly"]))


test_random_yamlish_text_gives_only_rubric_errors.tried = 0


scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=True, allow_infinity=True), odd_text,
                    st.dates().map(date.isoformat))
KEYS = ["id", "name", "base", "sections", "items", "kind", "points", "deduct", "per", "max",
        "min", "severe_x", "bands", "weight", "version", "period", "grades", "rubric", "values",
        "incidents", "item", "count", "severe", "amount", "na", "context", "stars", "pay"]
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=5)),
                                            inner, max_size=6)),
    max_leaves=30)


@FUZZ
@given(data=structures, base=st.sampled_from(sorted(RUBRICS)), graft=st.sampled_from(KEYS))
def test_random_structures_grafted_on_real_rubrics_give_only_rubric_errors(data, base, graft):
    fn = test_random_structures_grafted_on_real_rubrics_give_only_rubric_errors
    fn.tried += 1
    _only_rubric_errors(lambda: rubric_from_text(dump(data)))
    _only_rubric_errors(lambda: rubric_from_text(dump({**RUBRIC_DATA[base], graft: data})))
    _only_rubric_errors(lambda: sheet_from_text(dump({**SHEET_DATA[base], graft: data}),
                                                PARSED[base]))


test_random_structures_grafted_on_real_rubrics_give_only_rubric_errors.tried = 0


@settings(FUZZ, max_examples=EXAMPLES * 5)   # cheap: 5× the examples
@given(name=st.sampled_from(sorted(RUBRICS)), seed=st.integers(0, 2**32 - 1))
def test_mutated_real_rubrics_and_sheets_give_only_rubric_errors(name, seed):
    test_mutated_real_rubrics_and_sheets_give_only_rubric_errors.tried += 1
    rng = random.Random(seed)
    _only_rubric_errors(lambda: rubric_from_text(_mutate(RUBRICS[name], rng)))
    _only_rubric_errors(lambda: sheet_from_text(_mutate(SHEETS[name], rng), PARSED[name]))


test_mutated_real_rubrics_and_sheets_give_only_rubric_errors.tried = 0


@pytest.fixture(scope="module", autouse=True)
def _counts(request):
    yield
    tried = {name: getattr(fn, "tried", 0) for name, fn in (
        ("random YAML-ish text (rubric + sheet)",
         test_random_yamlish_text_gives_only_rubric_errors),
        ("random structures on real rubrics/sheets",
         test_random_structures_grafted_on_real_rubrics_give_only_rubric_errors),
        ("mutated real rubrics + sheets",
         test_mutated_real_rubrics_and_sheets_give_only_rubric_errors),
        ("CSV employee imports", test_csv_imports_are_all_or_nothing),
        ("XLSX employee imports", test_xlsx_imports_are_all_or_nothing),
        ("incident notes round trip", test_odd_notes_round_trip_exactly))}
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nfuzz cases tried (FUZZ_EXAMPLES={EXAMPLES}): " +
              ", ".join(f"{what} {n}" for what, n in tried.items()))


# -- employee imports -----------------------------------------------------------------------------

HEADER = ["工号", "姓名", "班组", "岗位", "入职日期", "试用期"]


@pytest.fixture(scope="module")
def import_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "store.db"
    db = open_db(path, first_run_setup=False)
    install_builtin_rubrics(db)
    add_team(db, name="一班", by="test")
    add_employee(db, code="OLD1", name="老员工", team_id=None, post="员工", by="test")
    yield db
    db.close()


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("employees", "teams", "audit_events")}


def rows_strategy(posts):
    code = st.one_of(st.from_regex(r"[A-Z][0-9]{3,6}", fullmatch=True), odd_text,
                     st.just("OLD1"))
    cell = {
        "code": code,
        "name": st.one_of(any_text, st.sampled_from(["张三", "Anna Lee", "ﺃﺣﻤﺪ"])),
        "team": st.one_of(st.sampled_from(["", "一班", "新班组"]), odd_text),
        "post": st.one_of(st.sampled_from(posts + ["", "未知岗位"]), odd_text),
        "hire_date": st.one_of(st.sampled_from(["", "2024-03-01", "2024/4/2", "2024年5月6日",
                                                "20240101", "2024-02-30", "1-2-3"]), odd_text),
        "probation": st.one_of(st.sampled_from(["", "是", "否", "yes", "NO", "maybe"]),
                               odd_text),
    }
    row = st.fixed_dictionaries(cell).map(lambda r: [r[k] for k in
                                                     ("code", "name", "team", "post",
                                                      "hire_date", "probation")])
    header = st.one_of(st.just(HEADER), st.just(["code", "name", "team", "post"]),
                       st.permutations(HEADER), st.lists(odd_text, max_size=7))
    return header, st.lists(st.one_of(row, st.lists(odd_text, max_size=8)), max_size=12)


def check_import(db, path):
    """The properties every import must have, whatever the file holds."""
    before = counts(db)
    try:
        preview = preview_employees(db, path)
    except ValueError as exc:            # the file as a whole cannot be read: said plainly
        assert path.name in str(exc)
        assert counts(db) == before
        return "unreadable"
    assert counts(db) == before           # a preview writes nothing
    for problem in preview.errors:
        assert problem.row >= 1 and problem.message
    if preview.errors:
        with pytest.raises(ValueError, match="nothing was imported"):
            commit_import(db, preview, by="test")
        assert counts(db) == before       # not half an import
        return "refused"
    added = commit_import(db, preview, by="test")
    after = counts(db)
    assert added == len(preview.rows)
    assert after["employees"] == before["employees"] + added
    for row in preview.rows:
        stored = employee_by_code(db, row["code"])
        assert (stored["name"], stored["post"]) == (row["name"], row["post"])
    return "imported"


OUTCOMES = {"csv": {}, "xlsx": {}}


@pytest.fixture(scope="module")
def posts(import_store):
    return sorted(list_posts(import_store))


@FUZZ
@given(data=st.data(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gbk", "utf-16",
                                                  "latin-1", "cp1252", "big5"]),
       quoting=st.booleans(), garbage=st.one_of(st.none(), st.binary(max_size=200)))
def test_csv_imports_are_all_or_nothing(import_store, posts, tmp_path_factory, data, encoding,
                                        quoting, garbage):
    test_csv_imports_are_all_or_nothing.tried += 1
    header, rows = rows_strategy(posts)
    table = [data.draw(header)] + data.draw(rows)
    if quoting:
        buffer = io.StringIO(newline="")
        csv.writer(buffer).writerows(table)
        text = buffer.getvalue()
    else:  # a hand-made file: no quoting at all
        text = "\r\n".join(",".join(r) for r in table)
    raw = garbage if garbage is not None else text.encode(encoding, errors="replace")
    path = tmp_path_factory.mktemp("csv") / "员工名单.csv"
    path.write_bytes(raw)
    outcome = check_import(import_store, path)
    OUTCOMES["csv"][outcome] = OUTCOMES["csv"].get(outcome, 0) + 1


test_csv_imports_are_all_or_nothing.tried = 0


NOT_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xlsx_value(value, rng):
    if isinstance(value, str):
        value = NOT_IN_XML.sub("", value)[:32767]   # what an Excel cell can hold at all
        choice = rng.randrange(6)
        if choice == 0 and value.strip().isdigit():
            return int(value)
        if choice == 1:
            return rng.choice([None, 1001, 3.5, True, datetime(2024, 3, 1), date(2023, 5, 6)])
    return value


@FUZZ
@given(data=st.data(), seed=st.integers(0, 2**32 - 1), broken=st.integers(0, 9))
def test_xlsx_imports_are_all_or_nothing(import_store, posts, tmp_path_factory, data, seed,
                                         broken):
    test_xlsx_imports_are_all_or_nothing.tried += 1
    rng = random.Random(seed)
    header, rows = rows_strategy(posts)
    table = [data.draw(header)] + data.draw(rows)
    path = tmp_path_factory.mktemp("xlsx") / "员工名单.xlsx"
    book = openpyxl.Workbook()
    for row in table:
        book.active.append([_xlsx_value(v, rng) for v in row])
    book.save(path)
    if broken == 0:      # a damaged download: the zip cut short
        path.write_bytes(path.read_bytes()[:rng.randrange(1, path.stat().st_size)])
    elif broken == 1:    # a CSV saved with the wrong extension
        path.write_bytes("工号,姓名\nA1,张三\n".encode("gbk"))
    outcome = check_import(import_store, path)
    OUTCOMES["xlsx"][outcome] = OUTCOMES["xlsx"].get(outcome, 0) + 1


test_xlsx_imports_are_all_or_nothing.tried = 0


def test_the_import_fuzzing_reached_every_outcome():
    """The generators above are not all refusals: imports also went through."""
    if not test_csv_imports_are_all_or_nothing.tried:
        pytest.skip("the import fuzz tests did not run")
    for kind in ("csv", "xlsx"):
        assert OUTCOMES[kind].get("imported"), OUTCOMES
        assert OUTCOMES[kind].get("refused"), OUTCOMES
        assert OUTCOMES[kind].get("unreadable"), OUTCOMES


# -- notes ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def note_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("notes") / "store.db"
    db = open_db(path, first_run_setup=False)
    install_builtin_rubrics(db)
    version_id, rubric = rubric_for_post(db, "客户服务代表")
    item = next(i for i in rubric.items() if i.takes_incidents and i.kind != "veto"
                and not i.spec.is_range)
    employee = add_employee(db, code="N001", name="李雷", team_id=None, post="客户服务代表",
                            by="test")
    yield db, dict(employee_id=employee, version_id=version_id, item_id=item.id)
    db.close()


@FUZZ
# Any actor but a blank one: every write must say who acts (models.audit refuses a blank one).
@given(note=any_text, changed=any_text, by=odd_text.filter(lambda text: text.strip()))
def test_odd_notes_round_trip_exactly(note_store, note, changed, by):
    test_odd_notes_round_trip_exactly.tried += 1
    db, target = note_store
    incident_id = add_incident(db, note=note, by=by, **target)
    assert get_incident(db, incident_id)["note"] == note
    assert get_incident(db, incident_id)["created_by"] == by
    newest = history(db, employee_id=target["employee_id"], limit=1)[0]
    assert (newest["id"], newest["note"]) == (incident_id, note)
    set_note(db, incident_id, note=changed, by=by)
    assert get_incident(db, incident_id)["note"] == changed


test_odd_notes_round_trip_exactly.tried = 0
