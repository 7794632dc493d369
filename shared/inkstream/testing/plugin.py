"""Pytest fixtures shared by every Inkstream test suite."""
