"""Team mode in the window: connecting to a server project, conflicts, live updates, offline
edits and copying projects to and from a server."""
