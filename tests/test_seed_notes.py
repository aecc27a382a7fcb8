"""docs/seed-notes/passages.md accounts for every line of every seed: its line ranges cover each
seed file without gaps or overlaps, and name only rubrics that exist — and every built-in rubric
is named (each comes from a passage)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "docs" / "seeds"
PASSAGES = ROOT / "docs" / "seed-notes" / "passages.md"
RUBRICS = ROOT / "resources" / "rubrics"
HEADING = re.compile(r"^## `(\d{3}_[0-9a-f]+\.txt)`$")
ROW = re.compile(r"^\|\s*(\d+)(?:–(\d+))?\s*\|(.*)\|(.*)\|$")
RUBRIC_ID = re.compile(r"`([a-z0-9][a-z0-9-]*)`")


def parse(text):
    """{seed file: [(first, last, ids, passage, rubrics cell, line in the file), …]}."""
    seeds, current = {}, None
    for number, line in enumerate(text.splitlines(), 1):
        heading = HEADING.match(line)
        if heading:
            current = seeds.setdefault(heading.group(1), [])
            continue
        row = ROW.match(line)
        if row and current is not None:
            first = int(row.group(1))
            last = int(row.group(2) or first)
            rubrics, passage = row.group(3).strip(), row.group(4).strip()
            current.append((first, last, RUBRIC_ID.findall(rubrics), passage, rubrics, number))
    return seeds


def seed_lines(path):
    return len(path.read_text(encoding="utf-8").splitlines())


def problems(text, seed_files, rubric_ids):
    """Every way `text` fails to account for the seeds, one line each (empty when it does)."""
    found, named = [], set()
    seeds = parse(text)
    for path in seed_files:
        rows = seeds.get(path.name)
        if not rows:
            found.append(f"{path.name}: no section")
            continue
        expected = 1
        for first, last, ids, passage, rubrics, line in rows:
            where = f"passages.md:{line}"
            if first != expected:
                kind = "gap" if first > expected else "overlap"
                found.append(f"{where}: {path.name} {kind}: expected line {expected}, got {first}")
            if last < first:
                found.append(f"{where}: range {first}–{last} is upside down")
            if not ids and rubrics != "—":
                found.append(f"{where}: name rubrics in backticks or write —")
            if rubrics == "—" and not passage:
                found.append(f"{where}: a passage with nothing to score needs a reason")
            for rubric_id in ids:
                named.add(rubric_id)
                if rubric_id not in rubric_ids:
                    found.append(f"{where}: no rubric '{rubric_id}' in resources/rubrics/")
            expected = max(expected, last + 1)
        total = seed_lines(path)
        if expected != total + 1:
            found.append(f"{path.name}: covered up to line {expected - 1} of {total}")
    for extra in sorted(set(seeds) - {p.name for p in seed_files}):
        found.append(f"{extra}: not a seed file")
    for rubric_id in sorted(rubric_ids - named):
        found.append(f"built-in rubric '{rubric_id}' is fed by no passage in passages.md")
    return found


def builtin_ids():
    return {path.stem for path in RUBRICS.glob("*.yaml")}


def test_passages_cover_every_seed_line_and_name_only_real_rubrics():
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 4
    assert problems(PASSAGES.read_text(encoding="utf-8"), seeds, builtin_ids()) == []


def test_a_gap_an_overlap_and_an_unknown_rubric_are_each_reported(tmp_path):
    seed = tmp_path / "000_0abc.txt"
    seed.write_text("a\nb\nc\nd\ne", encoding="utf-8")      # 5 lines, the last without \n
    good = ("## `000_0abc.txt`\n\n| lines | rubrics | passage |\n|---|---|---|\n"
            "| 1–2 | — | title: nothing to score. |\n| 3 | `x`, `y` | both. |\n"
            "| 4–5 | `y` | rest. |\n")
    assert problems(good, [seed], {"x", "y"}) == []
    gap = good.replace("| 3 | `x`, `y` | both. |\n", "")
    assert problems(gap, [seed], {"y"}) == ["passages.md:6: 000_0abc.txt gap: expected "
                                             "line 3, got 4"]
    overlap = good.replace("| 4–5 |", "| 3–5 |")
    assert "overlap: expected line 4, got 3" in problems(overlap, [seed], {"x", "y"})[0]
    short = good.replace("| 4–5 |", "| 4 |")
    assert problems(short, [seed], {"x", "y"}) == ["000_0abc.txt: covered up to line 4 of 5"]
    assert problems(good, [seed], {"x"}) == [
        "passages.md:6: no rubric 'y' in resources/rubrics/",
        "passages.md:7: no rubric 'y' in resources/rubrics/"]
    assert problems(good, [seed], {"x", "y", "z"}) == [
        "built-in rubric 'z' is fed by no passage in passages.md"]
    unnamed = good.replace("| 1–2 | — | title: nothing to score. |", "| 1–2 | — |  |")
    assert problems(unnamed, [seed], {"x", "y"}) == [
        "passages.md:5: a passage with nothing to score needs a reason"]
    vague = good.replace("| 1–2 | — |", "| 1–2 | some rubric |")
    assert problems(vague, [seed], {"x", "y"}) == [
        "passages.md:5: name rubrics in backticks or write —"]
