"""What every package may import and none depends on back: the shared error types."""
