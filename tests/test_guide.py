"""The user guides (docs/guide.zh.md, the main one, and docs/guide.en.md): every picture they
show exists and is no wider than 1280 px, both have the same sections and pictures, the README
links them, and docs/make_screenshots.py renders every guide picture end to end (into a
temporary folder, from a temporary store: nothing in docs/ is touched)."""

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = {"zh": DOCS / "guide.zh.md", "en": DOCS / "guide.en.md"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
MAX_WIDTH = 1280


def _lines(guide):
    """The guide's lines outside fenced code blocks."""
    inside = False
    for line in guide.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("```"):
            inside = not inside
            continue
        if not inside:
            yield line


def images(guide):
    """The pictures the guide shows, as paths relative to docs/, in order."""
    return [match for line in _lines(guide) for match in IMAGE.findall(line)]


def heading_levels(guide):
    return [len(line) - len(line.lstrip("#")) for line in _lines(guide)
            if re.match(r"#{1,6} ", line)]


def png_size(path):
    """(width, height) from a PNG's IHDR chunk."""
    head = Path(path).read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_every_picture_the_guides_show_exists_and_fits():
    for language, guide in GUIDES.items():
        shown = images(guide)
        assert shown, f"{guide.name} shows no picture"
        for relative in shown:
            path = DOCS / relative
            assert path.is_file(), f"{guide.name} shows {relative}, which does not exist"
            assert png_size(path)[0] <= MAX_WIDTH, f"{relative} is wider than {MAX_WIDTH} px"
            assert path.name.startswith("guide-"), (
                f"{guide.name} ({language}) shows {relative}: the guide's pictures are "
                "docs/screenshots/guide-*.png, made by docs/make_screenshots.py")


def test_both_guides_have_the_same_sections_and_pictures():
    zh, en = GUIDES["zh"], GUIDES["en"]
    assert heading_levels(zh) == heading_levels(en), "the guides' headings differ"
    assert len(heading_levels(zh)) > 20
    assert images(zh) == images(en), "the guides show different pictures (or in another order)"


def test_the_readme_links_both_guides():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/guide.zh.md" in readme and "docs/guide.en.md" in readme


def test_the_screenshot_script_renders_every_guide_picture(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(DOCS / "make_screenshots.py"), "--out",
                           str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    made = {path.name for path in tmp_path.glob("*.png")}
    wanted = {Path(relative).name for guide in GUIDES.values() for relative in images(guide)}
    assert wanted <= made, f"not rendered: {sorted(wanted - made)}"
    # What it rendered before the guide, still rendered.
    assert {"main-window-zh.png", "checklist-in-use-zh.png", "month-so-far-zh.png",
            "forms-zh.png", "form-zh.png", "first-run-zh.png", "demo-sign-in-zh.png"} <= made
    for name in made:
        if name.startswith("guide-"):
            assert png_size(tmp_path / name)[0] <= MAX_WIDTH, name
