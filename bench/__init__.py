"""Benchmarks: ``python -m bench import`` and friends. Figures go into the README, not into timed tests."""
