"""Shared databases in the app: connecting, passwords, moving a program there and back."""
