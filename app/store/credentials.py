"""Server passwords in the system keyring (the `keyring` package), never in settings or files.

When no secure keyring backend is available (a headless box, or only a plain-text one), nothing
is stored and the GUI asks for the password each time.
"""

from __future__ import annotations

from app.store.server import parse_url

SERVICE = "sitrep"
_INSECURE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def credential_key(url: str) -> str:
    """`user@host:port/database`: one password per server account and database."""
    parsed = parse_url(url)
    host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    return f"{parsed.username or ''}@{host}/{parsed.database}"


def _backends():
    import keyring

    backend = keyring.get_keyring()
    return list(getattr(backend, "backends", None) or [backend])


def _is_secure(backend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE) or "plaintext" in type(backend).__name__.lower():
        return False
    return getattr(backend, "priority", 0) > 0


def keyring_available() -> bool:
    """True when passwords can be remembered securely on this machine."""
    try:
        backends = _backends()
    except Exception:  # keyring missing or its backend failing to load
        return False
    return bool(backends) and all(_is_secure(b) for b in backends)


def get_password(url: str) -> str | None:
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, credential_key(url))
    except Exception:  # a locked or broken keyring: ask the user instead
        return None


def set_password(url: str, password: str) -> bool:
    """Remember the password; False when it could not be kept securely (nothing was written)."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, credential_key(url), password)
    except Exception:
        return False
    return True


def forget_password(url: str) -> None:
    """After the server refused a remembered password, or when the user removes a project."""
    if not keyring_available():
        return
    import keyring

    try:
        keyring.delete_password(SERVICE, credential_key(url))
    except Exception:  # nothing stored, or the keyring is locked
        pass
