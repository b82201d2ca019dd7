"""The evidence a program shows: before and after, how people answered, who stayed.

- :mod:`~peerdesk.evaluation.stats` compares pre- and post-program answers (paired
  t-test, Wilcoxon signed-rank, effect size) and says the result in one plain sentence;
- :mod:`~peerdesk.evaluation.likert` counts agree–disagree answers;
- :mod:`~peerdesk.evaluation.groups` breaks outcomes and retention down by group,
  hiding groups too small to keep people anonymous;
- :mod:`~peerdesk.evaluation.dashboard` gathers the dashboard's numbers and charts;
- :mod:`~peerdesk.evaluation.measures` says how long matches last (a Kaplan–Meier
  estimate, :mod:`~peerdesk.evaluation.km`), how many end early and why, and how soon
  pairs meet, per period; :mod:`~peerdesk.evaluation.retention` who came back for
  another cycle; :mod:`~peerdesk.evaluation.checks` the practice checks, by stage of
  the Elements of Effective Practice; :mod:`~peerdesk.evaluation.references` the
  figures they are compared with, and their sources.
"""

from __future__ import annotations
