"""The counter's use cases without Qt: lookup, the operation journal, guards, audit."""
