"""Qt item models over the store's query objects (rows fetched in SQL, never sorted in Python)."""
