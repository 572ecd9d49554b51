"""The parts of the account page: header, one module per tab, charts, data loading."""
