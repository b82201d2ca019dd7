"""The evidence a program shows: before and after, how people answered, who stayed.

- :mod:`~peerdesk.evaluation.stats` compares pre- and post-program answers (paired
  t-test, Wilcoxon signed-rank, effect size) and says the result in one plain sentence;
- :mod:`~peerdesk.evaluation.likert` counts agree–disagree answers;
- :mod:`~peerdesk.evaluation.groups` breaks outcomes and retention down by group,
  hiding groups too small to keep people anonymous;
- :mod:`~peerdesk.evaluation.dashboard` gathers the dashboard's numbers and charts.
"""

from __future__ import annotations
