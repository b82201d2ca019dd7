"""Importing rosters: spreadsheets and CSV files of people, into a program.

The steps, one module each: :mod:`reader` reads any supported file into rows,
:mod:`header` finds the header row, :mod:`mapping` suggests which column is
which field, :mod:`values` turns cells into attributes, :mod:`plan` holds the
coordinator's choices, :mod:`preview` gives every row its outcome,
:mod:`commit` writes it in one transaction, :mod:`undo` takes it back, and
:mod:`layouts` remembers a mapping for next time. :mod:`template` writes the
blank roster template.
"""
