"""Printed documents as neutral content (what is said, in which order), rendered by the PDF and Word writers."""
