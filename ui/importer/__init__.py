"""The roster import wizard and what starts it (menu, drop, welcome screen).

Pages, one module each, after calibre's wizard: :mod:`sheets_page`,
:mod:`header_page`, :mod:`columns_page`, :mod:`values_page`,
:mod:`preview_page`, :mod:`import_page`, :mod:`summary_page`, put together in
:mod:`wizard`. :mod:`launch` opens a file and shows the wizard; :mod:`command`
is the import on the window's undo stack. Nothing is written to the program
file until the Import page runs :func:`peerdesk.roster.commit.run_import`.

This package is imported only when an import starts, so the window's start-up
pays nothing for it; :mod:`drops` is the one light module the window uses for
drag-and-drop.
"""
