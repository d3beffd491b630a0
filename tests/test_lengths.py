"""One rule for a document's length wherever it is written (reader/lengths.py): the document list said '1.8万字' and
the status bar '18,226字' for the same document."""

from __future__ import annotations

import pytest

from reader.lengths import length_figure


@pytest.mark.parametrize("chars, chinese, english", [
    (0, "0", "0"),
    (3098, "3098", "3,098"),  # Chinese writes four digits ungrouped
    (9999, "9999", "9,999"),
    (10000, "1.0万", "10.0k"),
    (18226, "1.8万", "18.2k"),  # the status bar said 18,226 here, the list 1.8万
    (1234567, "123.5万", "1,234.6k"),
])
def test_a_length_is_exact_below_ten_thousand_and_counted_to_one_decimal_from_there(chars, chinese, english):
    assert length_figure(chars, "万") == chinese
    assert length_figure(chars, "萬") == chinese.replace("万", "萬")
    assert length_figure(chars) == english
