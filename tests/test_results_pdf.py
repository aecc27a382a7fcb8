"""The signed 考核结果汇总表 of a closed team period (reports/results_pdf.py) and the rank and stars
printed on each form from the closing (reports/batch.py, models.results.closing.standing_of),
on the hand-computed office of tests/results_fixtures.py with team 一班 closed (every form
locked) and 二班 not closed. Text read back with pdftotext; signed (PAdES) and checked with
`main.py verify` against the store."""

import shutil

import pytest

import main
from models import forms
from models.database.store import open_db
from models.results import closing
from reports.batch import save_form, signing_dir
from reports.pdf_sign import verify_pdf
from reports.results_pdf import render_results, save_results_pdf
from tests.form_samples import pdf_pages, pdf_text
from tests.forms_fixtures import PINS, STROKES, form_of, sign_through
from tests.results_fixtures import PERIOD, make_results_office


def squash(text):
    return "".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(folder, office, closing id): 一班 closed by 王主任, its summary and two forms printed."""
    folder = tmp_path_factory.mktemp("results-pdf")
    path = folder / "store.db"
    db = open_db(path, first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
        a3 = form_of(db, office.ids["A3"])
        forms.acknowledge(db, a3, name="王三", strokes=STROKES, by="李班长")
        forms.review(db, a3, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
                     by="test")
        forms.lock(db, a3, user_id=office.hr, pin=PINS["hr"], by="test")
        for code in ("A4", "A5", "A6", "P1", "C1", "L1"):
            sign_through(db, form_of(db, office.ids[code]), office)
        closing_id = closing.close_team_period(db, office.team_a, PERIOD,
                                               user_id=office.reviewer, pin=PINS["reviewer"],
                                               strokes=STROKES, by="test")
    org_dir = signing_dir(path)
    save_results_pdf(db, closing_id, folder / "results.pdf", org_dir=org_dir)
    save_form(db, form_of(db, office.ids["A2"]), folder / "a2.pdf", org_dir=org_dir)
    save_form(db, form_of(db, office.ids["P1"]), folder / "p1.pdf", org_dir=org_dir)
    save_form(db, form_of(db, office.ids["B1"]), folder / "b1.pdf", org_dir=org_dir)
    db.close()
    return folder, office, closing_id


@pytest.fixture
def copy(built, tmp_path):
    """A private copy of the store and its signing folder, to change."""
    folder, office, closing_id = built
    shutil.copy(folder / "store.db", tmp_path / "store.db")
    shutil.copytree(folder / "signing", tmp_path / "signing")
    return tmp_path / "store.db", office, closing_id


def verify(db_path, pdf, capsys):
    code = main.main(["--db", str(db_path), "verify", str(pdf)])
    return code, capsys.readouterr().out


def test_the_summary_shows_ranks_stars_pay_and_the_reviewer(built):
    folder, _office, closing_id = built
    pdf = folder / "results.pdf"
    assert pdf_pages(pdf) == 1
    text = pdf_text(pdf, layout=True)
    flat = squash(text)
    assert "考核结果汇总表" in flat and "班组一班" in flat and "2026-11" in flat
    rows = {line.split()[1]: line.split() for line in text.splitlines()
            if len(line.split()) > 6 and line.split()[1] in ("A1", "A2", "A3", "A5", "P1")}
    assert rows["A1"][:2] == ["1", "A1"] and "★★★★☆" in rows["A1"] and "712.50" in rows["A1"]
    assert "额外奖金" in rows["A1"]
    assert rows["A2"][0] == rows["A3"][0] == "2" and "★★★☆☆" in rows["A2"]
    assert "675.00" in rows["A3"]
    assert rows["A5"][0] == "6" and "=SUM(A1:A9)" in rows["A5"] and "淘汰" in rows["A5"]
    assert "495.00" in rows["A5"]
    assert rows["P1"][0] == "—" and "不参评" in rows["P1"] and "742.50" in rows["P1"]
    assert "参评6人·平均分86.29·星级分界0/1/2/5/6·超过平均分上限86" in flat
    assert "班组均分(组长除外):88" in flat
    assert "等级分布" in flat and "星级分布" in flat and "各项失分(帕累托图)" in flat
    # the Pareto bars: 综合评分 lost 5 + 8 + 10 + 18 + 20 + 30 + 1, 迟到 2 × 2 (its labels are
    # set at an angle, which pdftotext reads one character at a time)
    assert "92.00" in flat and "4.00" in flat and "100%" in flat
    assert "签字:王主任已验证PIN" in flat
    db = open_db(folder / "store.db", first_run_setup=False)
    try:
        row = closing.get_closing(db, closing_id)
    finally:
        db.close()
    assert f"考核结果封存#{closing_id}·第1版·已封存·SHA-256{row['sha256']}" in flat


def test_the_summary_renders_as_an_image(built, tmp_path):
    """pdftoppm -png -r 80: poppler draws the page (the charts included) without complaint."""
    import subprocess

    from tests.form_samples import poppler

    folder = built[0]
    done = subprocess.run([poppler("pdftoppm"), "-png", "-r", "80", str(folder / "results.pdf"),
                           str(tmp_path / "page")], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == ""
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 20_000


def test_it_is_signed_and_verify_matches_it_with_the_store(built, capsys):
    folder, _office, closing_id = built
    pdf = folder / "results.pdf"
    found = verify_pdf(pdf, org_dir=folder / "signing")
    assert found.ok and found.trusted and found.form_id is None
    assert found.closing[:2] == (closing_id, 1) and found.anchor is not None
    code, out = verify(folder / "store.db", pdf, capsys)
    assert code == 0, out
    assert f"results closing #{closing_id} revision 1" in out
    assert "intact" in out and f"matches the store's closing #{closing_id}" in out
    # one byte changed: not intact
    flipped = folder / "flipped.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    flipped.write_bytes(bytes(data))
    code, out = verify(folder / "store.db", flipped, capsys)
    assert code == 1 and "ALTERED" in out


def test_verify_says_when_the_closing_was_reopened(built, copy, capsys):
    path, _office, closing_id = copy
    for name in ("results.pdf", "a2.pdf"):
        shutil.copy(built[0] / name, path.parent / name)
    db = open_db(path, first_run_setup=False)
    try:
        closing.reopen_team_period(db, closing_id, reason="王四的考勤录错了", by="王主任")
    finally:
        db.close()
    code, out = verify(path, path.parent / "results.pdf", capsys)
    assert code == 1
    assert "REOPENED" in out and "王四的考勤录错了" in out
    code, out = verify(path, path.parent / "a2.pdf", capsys)   # its stars came from it
    assert code == 1
    assert f"its rank and stars were printed from results closing #{closing_id}" in out


def test_the_form_pdfs_print_rank_and_stars_from_the_closing(built, capsys):
    folder, _office, closing_id = built
    a2 = squash(pdf_text(folder / "a2.pdf"))
    assert f"名次·星级第2名(共6人)·★★★☆☆—据考核结果封存#{closing_id}第1版" in a2
    p1 = squash(pdf_text(folder / "p1.pdf"))
    assert "名次·星级不参评(试用期)" in p1
    b1 = squash(pdf_text(folder / "b1.pdf"))      # 二班 is not closed: nothing is decided yet
    assert "名次·星级暂定：本班组考核结果封存后确定" in b1 and "★" not in b1
    code, out = verify(folder / "store.db", folder / "a2.pdf", capsys)
    assert code == 0, out


def test_the_stars_are_read_from_the_closing_not_recomputed(copy, monkeypatch):
    path, office, closing_id = copy
    import models.results.period as period

    def recomputed(*args, **kwargs):
        raise AssertionError("the printed stars were recomputed")

    monkeypatch.setattr(period, "period_results", recomputed)
    monkeypatch.setattr(closing, "period_results", recomputed)
    db = open_db(path, first_run_setup=False)
    try:
        target = path.parent / "a1.pdf"
        save_form(db, form_of(db, office.ids["A1"]), target, org_dir=None)
    finally:
        db.close()
    assert "第1名(共6人)·★★★★☆" in squash(pdf_text(target))


def test_main_results_pdf(copy, capsys):
    path, _office, closing_id = copy
    target = path.parent / "summary.pdf"
    code = main.main(["--db", str(path), "results", "--period", PERIOD, "--team", "一班",
                      "--pdf", str(target)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert f"closing #{closing_id} revision 1" in out.out and target.is_file()
    assert verify_pdf(target, org_dir=path.parent / "signing").ok
    assert "王一" in pdf_text(target)
    for extra, said in ((["--team", "二班"], "is not closed"),
                        ([], "--pdf needs --team"),
                        (["--team", "三班"], "no team named")):
        code = main.main(["--db", str(path), "results", "--period", PERIOD, *extra,
                          "--pdf", str(path.parent / "other.pdf")])
        assert code == 2 and said in capsys.readouterr().err
    assert not (path.parent / "other.pdf").exists()


def test_the_summary_in_english(built, tmp_path):
    folder, _office, closing_id = built
    db = open_db(folder / "store.db", first_run_setup=False)
    try:
        document = closing.closing_document(db, closing_id)
    finally:
        db.close()
    render_results(document, tmp_path / "en.pdf", language="en")
    flat = squash(pdf_text(tmp_path / "en.pdf"))
    assert "Resultssummary" in flat and "Extrabonus" in flat and "Dismissal" in flat
    assert "notranked" in flat and "Reviewer'ssignature" in flat
