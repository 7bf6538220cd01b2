"""Numbers typed in the interface: read the way the language writes them, or refused with what to type.

Never scaled: "37,5" typed in English once became 375. A mark that is not the language's decimal mark
groups thousands only when exactly three digits follow it; text that only the other language reads, or
that reads two ways, is refused with the reading(s) to type instead.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.vocab import Language
from workbench.i18n.formatting import AmbiguousNumberError, Formatter, GroupingError, NumberTextError

EN, FR = Formatter(Language.EN), Formatter(Language.FR)
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37.5", 37.5),
        ("0.7", 0.7),
        ("1,234", 1234),
        ("1,234.5", 1234.5),
        ("1,234,567.89", 1234567.89),
        ("1 234.5", 1234.5),  # a space never is a decimal mark
        (f"1{NNBSP}234.5", 1234.5),
        ("1.234", 1.234),
        (".5", 0.5),
        ("-0.7", -0.7),
        ("\u22120.7", -0.7),
        ("+12", 12),
        ("  42  ", 42),
        ("1e3", 1000),
        ("007", 7),
    ],
)
def test_english_reads(text, expected):
    assert EN.parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37,5", 37.5),
        ("0,7", 0.7),
        ("1 234,5", 1234.5),
        (f"1{NNBSP}234,5", 1234.5),
        (f"1{NBSP}234{NBSP}567", 1234567),
        ("1,234", 1.234),
        ("1.234,5", 1234.5),  # a point groups thousands when a decimal comma follows...
        ("1.234.567,5", 1234567.5),
        ("1.234.567", 1234567),  # ...or when there are several: neither is a decimal point
        (",5", 0.5),
        ("-1 234,5", -1234.5),
        ("1,5e3", 1500),
    ],
)
def test_french_reads(text, expected):
    assert FR.parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("fmt", "text", "suggestion"),
    [
        (EN, "37,5", "37.5"),
        (EN, "0,7", "0.7"),
        (EN, "-0,7", "-0.7"),
        (EN, "1,2345", "1.2345"),  # four digits after the comma: no thousands group
        (EN, "1.234,5", "1,234.5"),
        (EN, "1 234,5", "1,234.5"),
        (EN, "1.234.567", "1,234,567"),
        (FR, "12.5", "12,5"),
        (FR, "1.5", "1,5"),
        (FR, "0.75", "0,75"),
        (FR, "1,234.5", f"1{NNBSP}234,5"),
        (FR, "1 234.5", f"1{NNBSP}234,5"),
        (FR, ".5", "0,5"),
    ],
)
def test_the_other_languages_decimal_mark_is_refused_with_what_to_type(fmt, text, suggestion):
    with pytest.raises(AmbiguousNumberError) as refused:
        fmt.parse_number(text)
    assert refused.value.readings == (suggestion,) and refused.value.text == text
    assert fmt.parse_number(suggestion) == (FR if fmt is EN else EN).parse_number(text)


def test_a_lone_point_group_in_french_names_both_readings():
    with pytest.raises(AmbiguousNumberError) as refused:
        FR.parse_number("1.234")
    assert refused.value.readings == (f"1{NNBSP}234", "1,234")
    assert [FR.parse_number(r) for r in refused.value.readings] == [1234, 1.234]
    text = refused.value.reason("Puissance").render()
    assert text == f"Puissance: “1.234” is ambiguous: it could mean “1{NNBSP}234” or “1,234”; type the one you mean."
    with pytest.raises(AmbiguousNumberError):
        FR.parse_number("-12.500")


@pytest.mark.parametrize(
    ("fmt", "text"),
    [(EN, "12 34"), (EN, "1,23,456"), (EN, "12,34,5"), (EN, "1,2,3"), (FR, "12 34"), (FR, "1.23.456")],
)
def test_thousands_not_in_groups_of_three_are_refused(fmt, text):
    with pytest.raises(GroupingError) as refused:
        fmt.parse_number(text)
    assert "groups of three digits" in refused.value.reason("Power").render()


@pytest.mark.parametrize("text", ["", "abc", "12abc", "1_000", "nan", "inf", "infinity", "1e400", "1'234", "١٢"])
@pytest.mark.parametrize("fmt", [EN, FR])
def test_not_numbers_stay_plain_value_errors(fmt, text):
    with pytest.raises(ValueError) as refused:
        fmt.parse_number(text)
    assert not isinstance(refused.value, NumberTextError)


def test_refusals_say_why_and_what_to_type():
    with pytest.raises(ValueError) as refused:  # old callers catch ValueError: still caught
        EN.parse_number("37,5")
    assert refused.value.reason("Reached power").render() == (
        "Reached power: “37,5” is ambiguous: the decimal mark is “.” and “,” only separates thousands; type “37.5”."
    )
    with pytest.raises(AmbiguousNumberError) as refused:
        FR.parse_number("12.5")
    assert "the decimal mark is “,” and “.” only separates thousands; type “12,5”" in str(
        refused.value.reason("P").render()
    )


# --- properties ------------------------------------------------------------------------------------------

LANGUAGES = st.sampled_from([EN, FR])
VALUES = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)
DECIMALS = st.integers(min_value=0, max_value=4)
# How each language's writers group thousands by hand: the parser must never read them at another scale.
WRITERS = {Language.EN: (".", ["", ",", " "]), Language.FR: (",", ["", " ", NBSP, NNBSP, "."])}


def written(value: float, decimals: int, point: str, group: str) -> str:
    return f"{value:,.{decimals}f}".replace(",", "\x00").replace(".", point).replace("\x00", group)


def reading(fmt: Formatter, text: str) -> float | None:
    """What a reader of ``fmt``'s language sees in ``text``, worked out independently of the parser."""
    point, groups = (",", " .") if fmt.language is Language.FR else (".", ", ")
    body = text.strip().replace(NBSP, " ").replace(NNBSP, " ").replace("\u2212", "-")
    sign = body[0] if body[:1] in "-+" and body else ""
    body = body[len(sign) :]
    if body.count(point) > 1:
        return None
    whole, _, fraction = body.partition(point)
    if (fraction and not fraction.isdigit()) or not (whole or fraction):
        return None
    used = [g for g in groups if g in whole]
    if len(used) > 1:
        return None
    chunks = whole.split(used[0]) if used else [whole]
    if not all(c.isascii() and c.isdigit() for c in chunks if c or used):
        return None
    if used and not (1 <= len(chunks[0]) <= 3 and all(len(c) == 3 for c in chunks[1:])):
        return None
    return float(f"{sign}{''.join(chunks) or '0'}.{fraction or '0'}")


@given(LANGUAGES, VALUES, DECIMALS)
def test_every_number_the_formatter_writes_reads_back_rounded(fmt, value, decimals):
    assert fmt.parse_number(fmt.number(value, decimals)) == float(f"{value:.{decimals}f}")


TYPED = st.text(alphabet="0123456789.,- " + NBSP + NNBSP, min_size=1, max_size=14)


@given(LANGUAGES, TYPED)
def test_what_is_accepted_is_the_only_reading_in_the_language(fmt, text):
    try:
        value = fmt.parse_number(text)
    except ValueError:
        return
    point, other = (",", ".") if fmt.language is Language.FR else (".", ",")
    # the mark that is not the decimal mark only ever groups exactly three digits...
    for found in re.finditer(re.escape(other), text):
        assert re.match(r"[0-9]{3}(?![0-9])", text[found.end() :]), text
    # ...and in French a lone point with no decimal comma is no group either: it reads two ways
    if fmt.language is Language.FR and "." in text:
        assert text.count(".") > 1 or point in text, text
    assert value == reading(fmt, text), text


@given(LANGUAGES, st.sampled_from(list(WRITERS)), VALUES, DECIMALS, st.data())
def test_nothing_is_read_other_than_a_french_or_english_reader_sees(fmt, writer, value, decimals, data):
    point, groups = WRITERS[writer]
    text = written(value, decimals, point, data.draw(st.sampled_from(groups)))
    meant = float(f"{value:.{decimals}f}")
    try:
        read = fmt.parse_number(text)
    except AmbiguousNumberError as refused:
        # what it says to type reads, in this language, what the writer meant (one of both readings when
        # the text reads two ways)
        suggested = [fmt.parse_number(r) for r in refused.readings]
        assert meant in suggested, (text, refused.readings)
        return
    except ValueError:
        return
    # the writer's value, or — when the text is also well written in this language — what its reader sees
    assert read == meant or read == reading(fmt, text), (text, read)
    if writer is fmt.language:
        assert read == meant, text
