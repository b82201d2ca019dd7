"""Everything a program hands over on paper or to a spreadsheet.

- :mod:`~peerdesk.exports.workbook` writes the Excel workbook of everything;
- :mod:`~peerdesk.exports.summary_pdf` writes the summary for leadership and funders.
"""

from __future__ import annotations
