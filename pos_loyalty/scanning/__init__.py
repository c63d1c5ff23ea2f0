"""Qt-free scanning: from scanned text (and later camera frames) to a member code."""
