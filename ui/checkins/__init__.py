"""The Check-ins screen: survey answers typed in or imported, goals, ending pairs."""
