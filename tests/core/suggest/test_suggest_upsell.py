"""Up-sell rules: series step-up, volume below peers of its size, contract for regular buyers."""

from __future__ import annotations

from relbeheer.core.domain import Product


def suggestions(engine, account, **kw):
    return engine.for_account(account, **kw)


def by_code(found, code):
    return [s for s in found if s.reason.code == code]


def peers_with_basic_and_plus(book, n: int = 4):
    for i in range(n):
        book.buys(f"peer{i}", "basic", 300).buys(f"peer{i}", "plus", 200)
    return book


def test_classic_step_up_names_the_next_level(book):
    """Buys only Stad Basic: Stad Plus is the next step, likelihood from peers' adoption."""
    peers_with_basic_and_plus(book).buys("peer9", "basic", 300)  # 4 of 5 also took Plus
    book.buys("x", "basic", 500, 100)
    step = by_code(suggestions(book.engine(), "x"), "series_step")
    assert [s.product_id for s in step] == ["plus"]
    assert step[0].kind == "up-sell"
    assert step[0].score == 4 / 5
    assert step[0].expected_value == 1500.0 * 4 / 5
    assert "Stad Basic" in step[0].because("nl") and "volgende stap" in step[0].because("nl")
    assert "next step" in step[0].because("en")


def test_no_step_up_from_the_top_of_a_series(book):
    peers_with_basic_and_plus(book)
    book.buys("x", "pro", 100, 50)
    assert not [s for s in suggestions(book.engine(), "x") if s.kind == "up-sell"]


def test_mix_step_up_when_clearly_below_peers(book):
    """Mostly Basic (8 of 9), peers buy Plus or higher half the time: step to Plus."""
    for i in range(4):
        book.buys(f"peer{i}", "basic", 10, 20).buys(f"peer{i}", "plus", 30, 40)
    book.buys("x", "basic", *range(10, 90, 10)).buys("x", "plus", 95)
    mix = by_code(suggestions(book.engine(), "x"), "series_mix")
    assert [s.product_id for s in mix] == ["plus"]
    assert mix[0].score == 0.5  # peers' share of Stad purchases at Plus or higher


def test_no_mix_step_up_when_already_like_peers(book):
    """Half its Stad purchases are Plus, as with its peers: no step-up."""
    for i in range(4):
        book.buys(f"peer{i}", "basic", 10, 20).buys(f"peer{i}", "plus", 30, 40)
    book.buys("x", "basic", 10, 20, 30).buys("x", "plus", 40, 50)
    assert not by_code(suggestions(book.engine(), "x"), "series_mix")


def test_volume_below_peers_of_its_size(book):
    """Ringslot for 100 a year against a median of 1,000 among same-size peers."""
    for i in range(4):
        book.account(f"peer{i}", employees=40 + i).buys(f"peer{i}", "lock", 30, amount=1000.0)
    book.account("x", employees=50).buys("x", "lock", 30, amount=100.0)
    volume = by_code(suggestions(book.engine(), "x"), "volume")
    assert [s.product_id for s in volume] == ["lock"]
    assert volume[0].expected_value == (1000.0 - 100.0) * volume[0].score


def test_volume_ignores_peers_of_another_size(book):
    """The same peers with 10x the staff are not comparable: no volume suggestion."""
    for i in range(4):
        book.account(f"peer{i}", employees=500 + i).buys(f"peer{i}", "lock", 30, amount=1000.0)
    book.account("x", employees=50).buys("x", "lock", 30, amount=100.0)
    assert not by_code(suggestions(book.engine(), "x"), "volume")


def regular_buyer(book, key: str, months: int):
    return book.buys(key, "lock", *(15 + 30 * m for m in range(months)))


def test_contract_for_a_regular_buyer_without_one(book):
    """Purchases in 8 months, no contract, regular peers hold one: propose it."""
    for i in range(3):
        regular_buyer(book, f"peer{i}", 8).buys(f"peer{i}", "service", 100)
    regular_buyer(book, "x", 8)
    contract = [s for s in suggestions(book.engine(), "x") if s.reason.code == "contract"]
    assert [s.product_id for s in contract] == ["service"]
    assert contract[0].kind == "contract"
    assert contract[0].score == 1.0


def test_no_contract_with_a_live_one(book):
    for i in range(3):
        regular_buyer(book, f"peer{i}", 8).buys(f"peer{i}", "service", 100)
    regular_buyer(book, "x", 8).buys("x", "service", 200)
    assert not [s for s in suggestions(book.engine(), "x") if s.kind == "contract"]


def test_no_contract_for_an_occasional_buyer(book):
    """Three months of purchases is below regular_min_months (6): no binding proposal.

    (The basket may still cross-sell the contract product; that carries other evidence.)
    """
    for i in range(3):
        regular_buyer(book, f"peer{i}", 8).buys(f"peer{i}", "service", 100)
    regular_buyer(book, "x", 3)
    assert not by_code(suggestions(book.engine(), "x"), "contract")
    assert by_code(suggestions(book.engine(regular_min_months=3), "x"), "contract")


def test_service_contract_without_contract_products(new_book):
    """A catalogue without contracts (Maven): a proposal without product id, valued by settings."""
    book = new_book([Product("lock", "Ringslot", price=50.0)])
    book.buys("x", "lock", *(15 + 30 * m for m in range(8)))
    engine = book.engine(service_contract_share=0.1, service_contract_likelihood=0.5)
    found = [s for s in engine.for_account("x") if s.kind == "contract"]
    assert len(found) == 1
    assert found[0].product_id is None
    assert found[0].expected_value == 8 * 50.0 * 0.1 * 0.5
    assert found[0].as_dict("en")["product"] == "Service contract (proposal)"
