"""Errors raised when a project cannot be created, opened or reached; messages are for users."""

from __future__ import annotations


class ProjectError(Exception):
    """A project cannot be created or opened; the message is written for the user."""


class PasswordRequired(ProjectError):
    """The server wants a password, or refused the one given: ask the user (and keyring) for it."""


class EmptyDatabase(ProjectError):
    """The server database holds no project yet: offer to create one there or publish into it."""
