"""The ranking charts' series: highest first, sites without the figure left out, the median of all."""

from __future__ import annotations

from workbench.analysis.ranking import rank


def test_sites_are_ranked_highest_first_and_those_without_the_figure_left_out():
    ranking = rank([("A", 3.0), ("B", None), ("C", 10.0), ("D", 0.0)])
    assert ranking.rows == (("C", 10.0), ("A", 3.0), ("D", 0.0))  # 0 is a figure, None is not
    assert ranking.ranked == 3
    assert ranking.median == 3.0
    assert not ranking.cut


def test_the_median_is_of_every_ranked_site_not_only_those_shown():
    ranking = rank([(str(i), float(i)) for i in range(1, 11)], most=3)  # 1 … 10
    assert ranking.rows == (("10", 10.0), ("9", 9.0), ("8", 8.0))
    assert ranking.ranked == 10 and ranking.cut
    assert ranking.median == 5.5  # (5 + 6) / 2


def test_ties_keep_their_order_and_one_site_has_no_median():
    assert rank([("X", 2.0), ("Y", 2.0), ("Z", 5.0)]).rows == (("Z", 5.0), ("X", 2.0), ("Y", 2.0))
    single = rank([("X", 2.0)])
    assert single.median is None and single.rows == (("X", 2.0),)
    assert rank([]).rows == () and rank([]).median is None
