"""Helpers the tests and benchmarks share: the real server as a process."""
