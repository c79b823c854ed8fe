"""The meetings tab."""
