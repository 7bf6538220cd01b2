"""Languages: translation catalogues and locale formatting."""
