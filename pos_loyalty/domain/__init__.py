"""Plain types and rules shared by every layer."""
