"""The charts the pages show and the reports print: what they draw (``figures``, from ``analysis.chart_series``),
the interactive monthly charts (``monthly``, pyqtgraph), the painted ones (``shapes``) and the printed monthly
chart (``printed``, QPainter alone)."""
