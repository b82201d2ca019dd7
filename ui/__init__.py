"""PeerDesk's PySide6 front end. It calls the core (``peerdesk``); never the reverse."""
