"""No input breaks the engine, and every span lies inside the draft."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reactiewijzer import check, read_thread

# Fragments of real social-media text mixed with anything Unicode allows.
SOCIAL_TEXT = st.lists(
    st.one_of(
        st.text(max_size=20),
        st.sampled_from(list("👋🏽🎉‍️ אבג عربي \u200b\u200e\u202e\x00\x07\t\n#@")),
        st.sampled_from(
            [
                "Team Webcare",
                "06-12345678",
                "https://bit.ly/x",
                "MIRT",
                "nooit",
                "Geachte heer",
                "\n\n",
                ". ",
                "Jan de Vries",
                "#openbaarvervoer",
            ]
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    SOCIAL_TEXT,
    st.sampled_from(["auto", "nl", "en"]),
    st.sampled_from([None, "x", "instagram", "other"]),
)
def test_any_text_gives_findings_inside_the_draft(draft, lang, platform):
    report = check(draft, lang=lang, platform=platform)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(draft)
        assert draft[f.start : f.end] == f.match
    report.to_dict()


@settings(max_examples=30, deadline=None)
@given(SOCIAL_TEXT, SOCIAL_TEXT)
def test_any_thread_text_is_accepted(draft, thread):
    report = check(draft, thread=thread)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(draft)
        assert draft[f.start : f.end] == f.match
    read = read_thread(thread)
    assert read.advice in ("respond", "observe", "moderate")
    assert read.register in (None, "je", "u")
    assert len(read.participants) <= len(read.posts)
    # Every post is text that was pasted (cleaned of control characters), never invented.
    for post in read.posts:
        assert len(post.text) <= len(thread)
    read.to_dict()


def test_a_hundred_thousand_characters():
    draft = ("Hoi Anna 👋🏽, we nemen het mee!!! Bel 06-12345678. " * 2500)[:100_000]
    report = check(draft, platform="x")
    assert report.findings
    assert all(0 <= f.start < f.end <= len(draft) for f in report.findings)
