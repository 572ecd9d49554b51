"""Importers that turn outside files into rows of the relbeheer database."""
