"""File → Connect to shared database… (and the target of Move to shared database…).

The coordinator types what whoever runs the server gave them: server, port,
database, user name and password. *Test connection* says what is there without
changing anything; *Connect* checks again and closes only when the database can
be used: a PeerDesk database, or an empty one the coordinator agrees to set up.
Another application's database, or one from a newer PeerDesk, is refused with a
message and left alone. Both checks run on the worker, so a slow or absent
server never freezes the window; problems show inline, in plain words.

The password goes to the system keyring only when "Remember password" is
ticked and the computer has one (:mod:`ui.server.passwords`); it is never
written to a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

from peerdesk.errors import UserError
from peerdesk.storage.program_database import ACTOR_LENGTH
from ui import messages, operations
from ui.form_dialog import default_to_action
from ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QIntValidator,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.server import identity, passwords

Purpose = Literal["connect", "move"]
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class Probe:
    """What is at an address: a PeerDesk database (with how many programs), or an empty one."""

    key: str  # the address without its password (Database.key)
    label: str  # "database on server:port"
    empty: bool
    programs: int | None  # None: a PeerDesk database from an earlier version (not opened)


@dataclass(frozen=True)
class ServerChoice:
    """The database the coordinator chose, and how to reach it."""

    url: str  # no password in it
    key: str
    label: str
    password: str | None
    empty: bool  # to be set up for PeerDesk first


def server_url(host: str, port: int, database: str, user: str) -> str:
    """A libpq URL without a password; a host starting with "/" is a Unix socket folder."""
    who, name = quote(user, safe=""), quote(database, safe="")
    if host.startswith("/"):
        return f"postgresql://{who}@/{name}?host={quote(host, safe='/')}&port={port}"
    where = f"[{host}]" if ":" in host else host
    return f"postgresql://{who}@{where}:{port}/{name}"


def url_parts(url: str) -> dict[str, str]:
    """Host, port, database and user of a remembered address (its key), for the form."""
    from peerdesk.storage.postgres import ServerAddress

    try:
        parts = ServerAddress.parse(url).parts
    except UserError:
        return {}
    return {name: str(value) for name, value in parts.items() if value is not None}


def _key(location: str) -> str:
    """A location's key (Database.key): the address without a password."""
    from peerdesk.storage.postgres import ServerAddress

    try:
        return ServerAddress.parse(location).key
    except UserError:
        return location


def probe(url: str, password: str | None) -> Probe:
    """Look at the database at ``url`` without changing it (runs on the worker).

    Raises the plain errors of :mod:`peerdesk.storage.postgres` for a server that
    cannot be reached, a wrong password, or another application's database.
    """
    from peerdesk import migrate
    from peerdesk.storage import postgres

    address = postgres.ServerAddress.parse(url, password)
    revision = postgres.describe(address)
    if revision is None:
        return Probe(address.key, address.label, True, 0)
    if revision != migrate.HEAD:
        return Probe(address.key, address.label, False, None)
    from peerdesk.database import open_database
    from peerdesk.program.reads import list_programs

    with open_database(url, password=password) as db:
        return Probe(address.key, address.label, False, len(list_programs(db)))


class ConnectDialog(QDialog):
    """Server, port, database, user and password; Test connection; Connect (or Move here)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        purpose: Purpose = "connect",
        location: str | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.purpose = purpose
        self.choice: ServerChoice | None = None
        self.confirmation: QDialog | None = None  # "Set it up for PeerDesk?", while asked
        self._op: operations.Op | None = None
        moving = purpose == "move"
        title = (
            self.tr("Move to a shared database")
            if moving
            else self.tr("Connect to a shared database")
        )
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "Copy everything open now (every program, with its people, pairs and history) "
                "onto a PostgreSQL database, so that your team can work on it together. The "
                "database must be empty: PeerDesk sets it up. The original stays as it is."
            )
            if moving
            else self.tr(
                "Work on a program that your team keeps on a PostgreSQL server. Whoever runs "
                "the server gives you these details."
            )
        )
        intro.setWordWrap(True)

        self.host = self._field("host", self.tr("e.g. db.example.org"))
        self.port = self._field("port", str(DEFAULT_PORT))
        self.port.setText(str(DEFAULT_PORT))
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.port.setMaximumWidth(90)
        self.database = self._field("database", self.tr("e.g. mentoring"))
        self.user = self._field("user", self.tr("your user name on the server"))
        self.password = self._field("password", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.actor = self._field("actorName", self.tr("e.g. Sam Okafor"))
        self.actor.setMaxLength(ACTOR_LENGTH)
        self.actor.textEdited.connect(self._name_typed)
        self._name_chosen = False  # until then the name follows the user name
        self.user.textChanged.connect(self._follow_user)
        self.remember = QCheckBox(self.tr("Remember password"))
        self.remember.setObjectName("rememberPassword")
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setEnabled(False)
        if passwords.available():
            self.remember.setToolTip(self.tr("Kept in this computer's password store."))
            self.keyring_note.hide()
        else:
            self.remember.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no password store, so PeerDesk asks for the password "
                    "each time. It is never saved in a file."
                )
            )

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        if not moving:
            self.actor_note = QLabel(self.tr("Your name, as other coordinators will see it."))
            self.actor_note.setObjectName("actorNote")
            self.actor_note.setEnabled(False)
            form.addRow(self.tr("Your name:"), self.actor)
            form.addRow("", self.actor_note)

        self.status = QLabel(note)
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.connect_button = QPushButton(self.tr("Move here") if moving else self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        default_to_action(self.buttons)
        self.setMinimumWidth(480)
        if location:
            self.fill(location)

    def _name_typed(self, _text: str) -> None:
        self._name_chosen = True

    def _follow_user(self, text: str) -> None:
        # The name others see starts as the user name on the server, until one is typed.
        if not self._name_chosen:
            self.actor.setText(text.strip())

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self.status.clear())
        return edit

    def fill(self, location: str) -> None:
        """Fill the form from a remembered address (and its saved password, if any)."""
        parts = url_parts(location)
        self.host.setText(parts.get("host", ""))
        self.port.setText(parts.get("port", str(DEFAULT_PORT)))
        self.database.setText(parts.get("dbname", ""))
        self.user.setText(parts.get("user", ""))
        chosen = identity.remembered(_key(location))
        if chosen is not None:
            self.actor.setText(chosen)
            self._name_chosen = True
        saved = passwords.saved(location)
        if saved is not None:
            self.password.setText(saved)
            self.remember.setChecked(True)
        self.password.setFocus()

    # -- what the form says ---------------------------------------------------------------

    def url(self) -> str | None:
        """The address typed (no password), or None after saying what is missing."""
        host, database, user = (w.text().strip() for w in (self.host, self.database, self.user))
        missing = [
            label
            for label, value in (
                (self.tr("the server"), host),
                (self.tr("the database"), database),
                (self.tr("the user name"), user),
            )
            if not value
        ]
        if missing:
            self.show_status(
                self.tr("Fill in {what}.").format(what=self.tr(", ").join(missing)), error=True
            )
            return None
        try:
            port = int(self.port.text().strip() or DEFAULT_PORT)
        except ValueError:
            port = 0
        if not 0 < port < 65536:
            self.show_status(self.tr("The port is a number, usually 5432."), error=True)
            return None
        return server_url(host, port, database, user)

    def typed_password(self) -> str | None:
        text = self.password.text()
        return text if text else None

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #A4262C;" if error else "")

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.test_button, self.connect_button):
            widget.setEnabled(not busy)
        if busy:
            self.show_status(text)

    # -- checking -----------------------------------------------------------------------

    def _run_probe(self, text: str, then: Callable[[Probe, str, str | None], None]) -> None:
        url = self.url()
        if url is None or self._op is not None:
            return
        password = self.typed_password()
        self._busy(True, text)

        def failed(exc: UserError) -> None:
            self.show_status(messages.user_message(exc), error=True)

        def done() -> None:
            self._op = None
            self._busy(False)

        op = operations.Op(
            lambda state: probe(url, password),
            success=lambda found: then(found, url, password),
            failure=failed,
            parent=self,
            progress_dialog=False,
        )
        op.finished.connect(done)
        self._op = op
        op.run()

    def test_connection(self) -> None:
        """Say what is at the address, changing nothing."""
        self._run_probe(self.tr("Testing the connection…"), self._tested)

    def _tested(self, found: Probe, _url: str, _password: str | None) -> None:
        self.show_status(self.describe(found))

    def describe(self, found: Probe) -> str:
        if found.empty:
            return self.tr("Empty database: it can be set up for PeerDesk")
        if found.programs is None:
            return self.tr(
                "Connected: PeerDesk database from an earlier version (it is brought up to date, "
                "after a backup, when you connect)"
            )
        if found.programs == 1:
            return self.tr("Connected: PeerDesk database, 1 program")
        return self.tr("Connected: PeerDesk database, {n} programs").format(n=found.programs)

    def accept(self) -> None:
        """Check the database again, then close with the choice (see :attr:`choice`)."""
        self._run_probe(self.tr("Connecting…"), self._checked)

    def _checked(self, found: Probe, url: str, password: str | None) -> None:
        choice = ServerChoice(url, found.key, found.label, password, found.empty)
        if self.purpose == "move":
            if found.programs:
                self.show_status(
                    self.tr(
                        "“{label}” already holds PeerDesk programs. A program is moved only into "
                        "an empty database, so nothing is overwritten. Ask for a new, empty "
                        "database."
                    ).format(label=found.label),
                    error=True,
                )
                return
            self._finish(choice)
            return
        if not found.empty:
            self._finish(choice)
            return
        self.show_status(self.describe(found))
        self.confirmation = messages.confirm(
            self,
            self.tr("Set up the database"),
            self.tr("The database “{label}” is empty. Set it up for PeerDesk?").format(
                label=found.label
            ),
            self.tr("Set up"),
            lambda: self._finish(choice),
            details=self.tr(
                "PeerDesk creates its tables in it. Nothing else on the server is touched."
            ),
        )

    def _finish(self, choice: ServerChoice) -> None:
        if choice.password is not None and self.remember.isChecked():
            passwords.save(choice.key, choice.password)
        elif not self.remember.isChecked():
            passwords.forget(choice.key)
        if self.purpose == "connect":
            identity.remember(choice.key, self.actor.text())
        self.choice = choice
        super().accept()
