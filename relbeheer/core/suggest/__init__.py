"""Up-sell and cross-sell suggestions (DESIGN.md §4, issue 4).

Pure Python + numpy: the store hands in purchases, products, accounts and offers;
this package ranks what to propose to an account and says why. The back-test in
``backtest.py`` measures the same cross-sell ranking on real invoice lines.
"""
