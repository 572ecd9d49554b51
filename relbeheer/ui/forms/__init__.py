"""Edit forms of the account page: one dialog per record kind over a shared base."""
