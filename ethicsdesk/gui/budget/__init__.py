"""The budget tab."""
