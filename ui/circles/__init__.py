"""Circles and group mentoring in the front end: the Groups mode of the matching screen
(forming circles and moving people between them before they are saved) and the
Circles tab of the Pairs screen (circles after confirming: agreements, closure)."""
