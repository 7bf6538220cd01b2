"""What an import says about the rows it refused: grouped by reason, quoting the file, naming the rows.

A file with 1,699 rows refused for one reason gets one line that says so, with the first rows named and the
first cell quoted, instead of 1,699 lines; every refused row still appears in the dialog's table, in the
refused-rows file and in ``--json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.domain.messages import Message

from .records import Refusal

ROWS_NAMED = 12


@dataclass(frozen=True)
class RefusalGroup:
    column: str
    reason: Message  # the first refusal's, quoting its cell
    rows: tuple[int, ...]
    texts: tuple[str, ...]

    @property
    def row_list(self) -> str:
        named = ", ".join(str(r) for r in self.rows[:ROWS_NAMED])
        return named + (f" … (+{len(self.rows) - ROWS_NAMED})" if len(self.rows) > ROWS_NAMED else "")


def group_refusals(refusals: Sequence[Refusal]) -> list[RefusalGroup]:
    """One group per column and reason (its text before the cell is put in), the largest first."""
    groups: dict[tuple[str, str, str], list[Refusal]] = {}
    for refusal in refusals:
        groups.setdefault((refusal.column, refusal.reason.context, refusal.reason.source), []).append(refusal)
    found = [
        RefusalGroup(column, members[0].reason, tuple(r.row for r in members), tuple(r.text for r in members))
        for (column, _context, _source), members in groups.items()
    ]
    return sorted(found, key=lambda g: (-len(g.rows), g.rows[0]))
