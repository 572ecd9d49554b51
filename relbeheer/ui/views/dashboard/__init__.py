"""The Dashboard screen: view, cards, charts and the owner / team / region filter."""
