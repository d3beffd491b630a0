"""Pure text engine: decoding, cleaning, outline, script conversion, keywords. No Qt here."""
