"""Property tests: clean, outline, find, convert and decode on generated hostile text (fixed seed, bounded time).

The same checks run for ten minutes in bench/fuzz_engine.py; here a derandomized sample keeps CI fast and stable.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine_checks import HOSTILE_ALPHABET, KINDS, budget, check_convert, check_decode, check_document

CI = settings(derandomize=True, max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

hostile_text = st.one_of(
    st.text(alphabet=HOSTILE_ALPHABET, max_size=1500),
    st.text(max_size=300),  # any code point, surrogates included
    st.lists(st.sampled_from(["第一章", "一、", "（一）", "1.1", "<p>", "</div>", "<!--", "**", "[a](", "标题：",
                              "  ", "\u3000", "\n", "来源：新华社", "返回首页", "目录……1", "&#" + "1" * 9 + ";"]),
             max_size=200).map("".join),
)


@CI
@given(hostile_text, st.sampled_from(KINDS))
def test_documents_build_with_valid_offsets_in_bounded_time(text, kind):
    seconds = check_document(text, kind)
    assert seconds < budget(text) * 4  # generous: a shared CI machine; bench/fuzz_engine.py holds the real bound


@CI
@given(hostile_text)
def test_conversion_keeps_its_offset_map_inside_both_texts(text):
    assert check_convert(text) < budget(text) * 4


@CI
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.html", "x.md", "x"]))
def test_any_bytes_decode_or_are_refused_in_one_line(data, name):
    assert check_decode(data, name) < budget(data) * 4
