"""Sankey labels of small flows are spread apart instead of printed on each other."""

from __future__ import annotations

from itertools import pairwise

import pytest

from workbench.ui.charts.shapes import spread_labels


def test_labels_that_fit_stay_where_they_are():
    assert spread_labels([10, 40, 90], 20, 0, 100) == [10, 40, 90]


def test_crowded_labels_are_pushed_down_in_order():
    # three small bands centred at 50, 52, 54: 20 px labels go to 50, 70, 90
    assert spread_labels([50, 52, 54], 20, 0, 200) == [50, 70, 90]


def test_labels_pushed_past_the_bottom_slide_back_up():
    placed = spread_labels([80, 85, 90, 95], 20, 0, 100)
    assert placed == pytest.approx([30, 50, 70, 90])
    assert all(b - a >= 20 for a, b in pairwise(placed))


def test_first_label_is_kept_inside_the_top():
    assert spread_labels([0, 5], 20, 0, 100) == [10, 30]
