"""The benchmark's figures, their targets and baselines, and the tables that show them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from tabulate import tabulate


@dataclass(frozen=True)
class Target:
    """A limit a figure should respect: at least (`higher_is_better`) or at most `limit`."""

    limit: float
    higher_is_better: bool = False

    def shortfall(self, value: float) -> float:
        """How many times the value misses the limit; 1.0 or less when it meets it."""
        if self.higher_is_better:
            return self.limit / value if value > 0 else float("inf")
        return value / self.limit if self.limit > 0 else float("inf")

    def describe(self, unit: str) -> str:
        """`≥ 20,000 sentences/s` or `≤ 50 ms`."""
        return f"{'≥' if self.higher_is_better else '≤'} {_number(self.limit)} {unit}".strip()


@dataclass(frozen=True)
class Figure:
    """One measured figure for one corpus size, with the baseline measured beside it.

    `overhead` is ours over the baseline as a cost: time ÷ baseline time, or baseline rate ÷
    our rate, so that 3× always means "three times the work of the baseline". `judge` names
    the judge measured, where the figure depends on it; `corpus` names a store that is not one
    of the generated corpora (the bundled one), which has no place in the growth table.
    """

    size: int
    name: str
    value: float
    unit: str
    higher_is_better: bool = False
    baseline: float | None = None
    baseline_label: str = ""
    target: Target | None = None
    overhead_target: float | None = None
    judge: str = ""
    corpus: str = ""

    @property
    def label(self) -> str:
        """The measure's name, with the judge measured: `check latency p50, warm (combined)`."""
        return f"{self.name} ({self.judge})" if self.judge else self.name

    @property
    def size_cell(self) -> str:
        """The size, and the store when it is not a generated corpus: `bundled 1,234`."""
        return f"{self.corpus} {self.size:,}" if self.corpus else size_label(self.size)

    @property
    def overhead(self) -> float | None:
        """Ours as a multiple of the baseline's cost, when there is a baseline."""
        if not self.baseline or not self.value:
            return None
        return self.baseline / self.value if self.higher_is_better else self.value / self.baseline

    def verdict(self) -> str:
        """`met`, or by how much each target is missed."""
        misses: list[str] = []
        if self.target is not None and (short := self.target.shortfall(self.value)) > 1:
            misses.append(f"{short:.1f}× {'short' if self.target.higher_is_better else 'over'}")
        overhead = self.overhead
        if self.overhead_target is not None and overhead and overhead > self.overhead_target:
            misses.append(f"overhead {overhead / self.overhead_target:.1f}× over")
        has_target = self.target is not None or self.overhead_target is not None
        return "; ".join(misses) if misses else ("met" if has_target else "")

    def targets(self) -> str:
        """The targets as text."""
        parts = [self.target.describe(self.unit)] if self.target else []
        if self.overhead_target is not None:
            parts.append(f"≤ {self.overhead_target:g}× baseline")
        return "; ".join(parts)


def size_label(sentences: int) -> str:
    """10k, 100k, 1M."""
    if sentences >= 1_000_000 and sentences % 1_000_000 == 0:
        return f"{sentences // 1_000_000}M"
    if sentences >= 1000 and sentences % 1000 == 0:
        return f"{sentences // 1000}k"
    return str(sentences)


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: float) -> str:
    """1.9, 12.3, and 0.028 rather than 0.0: ours can cost a small fraction of the baseline."""
    return f"{value:.1f}" if value >= 0.1 else f"{value:.2g}"


def render_table(figures: Sequence[Figure], *, fmt: str = "simple") -> str:
    """Every figure with its baseline, overhead, target and whether it is met."""
    rows = [
        [
            f.size_cell,
            f.label,
            f"{_number(f.value)} {f.unit}",
            f"{_number(f.baseline)} {f.unit} ({f.baseline_label})" if f.baseline else "",
            f"{_ratio(f.overhead)}×" if f.overhead else "",
            f.targets(),
            f.verdict(),
        ]
        for f in figures
    ]
    headers = ["size", "measure", "ours", "baseline", "overhead", "target", "verdict"]
    return tabulate(rows, headers=headers, tablefmt=fmt, disable_numparse=True)


def render_growth(figures: Sequence[Figure], *, fmt: str = "simple") -> str:
    """Each measure across generated corpus sizes, and how much it grows when the corpus grows
    10×; figures of another store (`corpus`) are left out."""
    figures = [f for f in figures if not f.corpus]
    sizes = sorted({f.size for f in figures})
    names = list(dict.fromkeys(f.label for f in figures))
    by_key = {(f.label, f.size): f for f in figures}
    rows = []
    for name in names:
        found = [by_key.get((name, size)) for size in sizes]
        values = [f for f in found if f is not None]
        cells = [f"{_number(f.value)} {f.unit}" if f else "" for f in found]
        rows.append([name, *cells, _growth_per_tenfold(values)])
    headers = ["measure", *map(size_label, sizes), "× per 10× corpus"]
    return tabulate(rows, headers=headers, tablefmt=fmt, disable_numparse=True)


def _growth_per_tenfold(figures: Sequence[Figure]) -> str:
    """The factor a measure changes by per tenfold corpus, from the smallest to the largest."""
    if len(figures) < 2 or figures[0].value <= 0 or figures[-1].value <= 0:
        return ""
    decades = math.log10(figures[-1].size / figures[0].size)
    return f"{(figures[-1].value / figures[0].value) ** (1 / decades):.2f}×"
