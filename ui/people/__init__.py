"""The People screen: the program's participants, their checklists, edits and exports."""
