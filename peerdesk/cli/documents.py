"""``peerdesk agreements`` and ``peerdesk certificates``: printable PDFs from the command line.

``agreements`` writes the agreements of every active pair (or of the pairs
named with ``--pair``, in that order) into one PDF, or with ``--split`` one PDF
per pair into a folder; ``--unsigned`` leaves out the pairs that signed theirs,
``--new`` those whose agreement was printed or saved before. ``certificates``
writes a certificate of completion for everyone in a completed pair. Each
document prints in its pair's document language (else the program's);
``--language es`` prints them all in Spanish. Neither replaces an existing file
unless ``--overwrite``. ``document-language`` sets the program's document
language, or with ``--pair`` some pairs' own.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.cli import EXIT_OK, Context, choose_program, command, file_argument

if TYPE_CHECKING:
    from peerdesk.documents.layout import Paper


PAPERS = ("a4", "letter")


def _common(parser: argparse.ArgumentParser, out_help: str) -> None:
    file_argument(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="OUT", help=out_help)
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program (needed when the file has more than one)",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        help="the paper size (default: Letter in the US and Canada, A4 elsewhere, "
        "from your language settings)",
    )
    parser.add_argument(
        "--logo", type=Path, metavar="PICTURE", help="a PNG or JPEG logo to print at the top"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="print every document in this language: en (English), es (Español) or "
        "fr (Français) (default: each pair's document language, else the program's)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace files that exist")


def pdf_file_options(parser: argparse.ArgumentParser) -> None:
    """``--paper`` and ``--overwrite`` of a command that writes one PDF file."""
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        help="the paper size (default: Letter in the US and Canada, A4 elsewhere)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace the file if it exists")


def _pairs_option(parser: argparse.ArgumentParser, help: str) -> None:
    """``--pair ID [ID ...]``, which may be given more than once: pairs by id."""
    parser.add_argument("--pair", type=int, nargs="+", action="extend", metavar="ID", help=help)


def _configure_agreements(parser: argparse.ArgumentParser) -> None:
    _common(parser, "the PDF file to write (with --split: the folder to write into)")
    _pairs_option(parser, "only these pairs, by id (default: every active pair)")
    parser.add_argument(
        "--split", action="store_true", help="one PDF per pair, into the folder OUT"
    )
    parser.add_argument(
        "--unsigned",
        action="store_true",
        help="only the pairs whose agreement is not marked signed yet",
    )
    parser.add_argument(
        "--new",
        action="store_true",
        help="only the pairs whose agreement was never printed or saved before "
        "(every print and save is remembered)",
    )
    parser.add_argument(
        "--duplex",
        action="store_true",
        help="for two-sided printing: a blank back page after an agreement that ends on an "
        "odd page, so no sheet holds two agreements",
    )


def _configure_certificates(parser: argparse.ArgumentParser) -> None:
    _common(parser, "the PDF file to write")


def _language(code: str | None) -> str | None:
    """The ``--language`` asked for, checked before any work (None: each pair's own)."""
    from peerdesk.documents.languages import checked

    return None if code is None else checked(code)


def _paper(name: str | None) -> Paper:
    from peerdesk.documents.layout import Paper, default_paper

    return Paper(name) if name else default_paper()


@command(
    "agreements",
    "write pair agreements to sign, as PDF (every active pair, or the pairs named)",
    _configure_agreements,
)
def _agreements(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.documents.agreements import save_agreements
    from peerdesk.documents.pairs import AgreementFilter

    out: Path = args.out.expanduser()
    language = _language(args.language)
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        written = save_agreements(
            db,
            program_id,
            out,
            args.pair,
            split=args.split,
            overwrite=args.overwrite,
            only=AgreementFilter(unsigned=args.unsigned, new=args.new),
            logo=args.logo,
            paper=_paper(args.paper),
            duplex=args.duplex,
            language=language,
        )
    count = len(written)
    if args.split:
        ctx.say(f"Wrote {count} agreement{'' if count == 1 else 's'} for “{program_name}” to {out}")
    else:
        ctx.say(f"Wrote the agreements for “{program_name}” to {written[0]}")
    return EXIT_OK


@command(
    "certificates",
    "write certificates of completion for everyone in a completed pair, as PDF",
    _configure_certificates,
)
def _certificates(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk import output_files
    from peerdesk.database import open_database
    from peerdesk.documents.certificates import CertificateWriter, load_certificates

    out: Path = args.out.expanduser()
    output_files.check_targets([out], overwrite=args.overwrite)  # before any work
    language = _language(args.language)
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        settings, certificates = load_certificates(db, program_id)
        writer = CertificateWriter(
            settings, logo=args.logo, paper=_paper(args.paper), language=language
        )
        data = writer.build(certificates)
    output_files.write_file(out, data, overwrite=args.overwrite)
    count = len(certificates)
    ctx.say(
        f"Wrote {count} certificate{'' if count == 1 else 's'} of completion for "
        f"“{program_name}” to {out}"
    )
    return EXIT_OK


def _configure_language(parser: argparse.ArgumentParser) -> None:
    file_argument(parser)
    parser.add_argument(
        "language",
        metavar="CODE",
        help="en (English), es (Español) or fr (Français); with --pair also 'program': "
        "back to the program's language",
    )
    _pairs_option(
        parser,
        "set these pairs' own language (default: the program's, for every pair "
        "without one of its own)",
    )
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program (needed when the file has more than one)",
    )


@command(
    "document-language",
    "the language a program's (or some pairs') agreements and certificates print in",
    _configure_language,
)
def _document_language(args: argparse.Namespace, ctx: Context) -> int:
    from peerdesk.database import open_database
    from peerdesk.documents.languages import LANGUAGES, checked
    from peerdesk.documents.pairs import load_pairs
    from peerdesk.enums import PairStatus
    from peerdesk.pairs.language import set_document_languages
    from peerdesk.program.programs import load_settings, update_program

    back = args.pair and args.language.strip().lower() == "program"
    code = None if back else checked(args.language)  # refused before the file is opened
    with open_database(args.file) as db:
        program_id, program_name = choose_program(db, args.program)
        if not args.pair:
            settings = load_settings(db, program_id)
            settings.document_language = str(code)
            update_program(db, program_id, settings)
            ctx.say(f"“{program_name}” prints its documents in {LANGUAGES[str(code)]}")
            return EXIT_OK
        pairs = load_pairs(db, program_id, args.pair, statuses=tuple(PairStatus))  # or NotFound
        set_document_languages(db, {pair.id: code for pair in pairs})
    ids = ", ".join(str(pair.id) for pair in pairs)
    said = "the program's language" if code is None else LANGUAGES[code]
    pairs_print = f"Pair {ids} prints its" if len(pairs) == 1 else f"Pairs {ids} print their"
    ctx.say(f"{pairs_print} documents in {said} (“{program_name}”)")
    return EXIT_OK
