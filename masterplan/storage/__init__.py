"""Stände: the database, the store of versioned plans, their history and the import that writes them."""
