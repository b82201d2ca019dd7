"""Printed documents: pair agreements, certificates of completion and introductions.

:mod:`.agreements` and :mod:`.certificates` lay out PDFs with reportlab in the
shipped, embedded typeface (:mod:`.fonts`); :mod:`.introductions` builds the
``mailto:`` link that introduces a pair; :mod:`peerdesk.output_files` writes
the PDF to the user's disk safely; :mod:`.pairs` reads what they all need and
records the date an agreement was signed. Importing this package loads none of them.
"""
