"""Pure storage: the library database. No Qt here."""
