"""The Calendar screen: the month, the agenda, logging, scheduling and what needs attention."""
