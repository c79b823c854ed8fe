"""The plan tab."""
