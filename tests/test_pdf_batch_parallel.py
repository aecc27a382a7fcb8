"""The month-end batch on every core (reports/batch.py): worker processes print and sign the
same files as one process does, the progress counts every form, cancel keeps whole files only,
and the organisation key's secret reaches the workers without touching the disk."""

from pathlib import Path

import pytest

from reports.batch import render_batch
from tests import form_samples as fs
from tests.form_samples import pdf_text

PASSPHRASE = "月底打印的口令短语123"


def documents(count):
    """`count` distinct forms: the samples in turn, each its own employee and form id."""
    samples = [fs.service_norms(), fs.ecommerce_kpi(), fs.veto(), fs.agent_monthly()]
    made = []
    for n in range(count):
        document = dict(samples[n % len(samples)], form_id=500 + n)
        document["employee"] = dict(document["employee"], code=f"P{n:03d}", name=f"员工{n:03d}")
        made.append(document)
    return made


def text_of(paths):
    """Each PDF's text, without the footer line of its page (it holds the print time)."""
    return {Path(p).name: [line for line in pdf_text(p).splitlines() if "SHA-256" not in line]
            for p in paths}


@pytest.fixture
def key_in_memory_only(tmp_path):
    """An organisation key whose secret is held in this process only: no keyring (the tests'
    backend fails), the passphrase set (so no secret file), then unlocked with it."""
    from models.trust import keys

    org = tmp_path / "org"
    keys.ensure(org)
    keys.set_passphrase(org, PASSPHRASE)
    keys.forget(org)
    keys.unlock(org, PASSPHRASE)
    assert not (org / keys.SECRET_FILE).exists()
    yield org
    keys.forget(org)


@pytest.mark.slow
def test_workers_print_and_sign_the_same_files_as_one_process(tmp_path, key_in_memory_only):
    from reports.pdf_sign import verify_pdf

    org, forms = key_in_memory_only, documents(6)
    before = sorted(p.name for p in org.iterdir())
    seen = []
    parallel = render_batch(forms, tmp_path / "parallel", org_dir=org, workers=2,
                            progress=lambda done, total: seen.append((done, total)))
    serial = render_batch(forms, tmp_path / "serial", org_dir=org, workers=1)
    assert [p.name for p in parallel] == [p.name for p in serial] == [
        f"2026-11_P{n:03d}_员工{n:03d}_r1.pdf" for n in range(6)]            # in form order
    assert seen == [(n, 6) for n in range(1, 7)]
    assert text_of(parallel) == text_of(serial)
    assert "员工003" in pdf_text(parallel[3])
    assert all(verify_pdf(p, org_dir=org).ok for p in parallel)
    # the workers signed with the secret handed to them: nothing was written beside the key
    assert sorted(p.name for p in org.iterdir()) == before
    assert sorted((tmp_path / "parallel").iterdir()) == sorted(parallel)


@pytest.mark.slow
def test_cancel_stops_the_workers_and_keeps_whole_files_only(tmp_path):
    done = []
    paths = render_batch(documents(12), tmp_path, workers=2,
                         progress=lambda n, total: done.append(n),
                         cancel=lambda: len(done) >= 2)
    assert 2 <= len(paths) < 12                   # the forms already printing were finished
    assert sorted(tmp_path.iterdir()) == sorted(paths)         # no half-written .part file
    for path in paths:
        assert path.read_bytes().rstrip().endswith(b"%%EOF")
    assert done == list(range(1, len(paths) + 1))


def test_a_small_batch_prints_here_and_a_big_one_on_every_core(monkeypatch, tmp_path):
    from reports import batch

    used = []
    monkeypatch.setattr(batch, "_in_processes", lambda *a: used.append(a[2]) or [])
    monkeypatch.setattr(batch, "cores", lambda: 2)
    monkeypatch.setattr(batch, "_write", lambda *a, **k: None)
    render_batch(documents(batch.PARALLEL_FROM - 1), tmp_path)
    assert used == []
    render_batch(documents(batch.PARALLEL_FROM), tmp_path)
    assert used == [2]
