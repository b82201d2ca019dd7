"""Group sessions: trainings, workshops, socials, circle meetings; their attendance and circles."""
