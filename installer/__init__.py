"""Building PeerDesk's installers (issue #8); not part of the installed app."""
