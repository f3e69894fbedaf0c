"""The HTML report in a real browser: headless Chromium from the system's packages.

Driven through selenium and the system's chromedriver (never a downloaded
one). `.ci/run` installs both; elsewhere the tests skip when they are absent,
and fail under CI so a missing browser is never mistaken for a pass.
Set SCREENSHOT=path to save the page as the README shows it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimtrack.cli import main

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _need_browser() -> None:
    missing = [
        name for name, path in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER)) if not path
    ]
    if missing or not _has_selenium():
        why = f"needs {', '.join(missing) or 'selenium'} (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)


def _has_selenium() -> bool:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    _need_browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the bundled ledger, written as a user would."""
    folder = tmp_path_factory.mktemp("report")
    path = folder / "report.html"
    with pytest.raises(SystemExit) as exited:
        main(["--ledger", str(REPO / "claims.yaml"), "report", "--html", str(path)])
    assert exited.value.code == 0
    return path


@pytest.fixture
def loaded(browser, page: Path):  # type: ignore[no-untyped-def]
    browser.get(page.as_uri())
    browser.get_log("browser")  # a fresh log for each test
    browser.get(page.as_uri())
    return browser


def _visible_claims(driver) -> list[str]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    return [
        row.find_element(By.CSS_SELECTOR, "code").text
        for row in driver.find_elements(By.CSS_SELECTOR, "tr.claim")
        if row.is_displayed()
    ]


def test_the_page_loads_without_console_errors(loaded) -> None:  # type: ignore[no-untyped-def]
    errors = [entry for entry in loaded.get_log("browser") if entry["level"] == "SEVERE"]

    assert errors == []
    assert loaded.title.startswith("claimtrack: ")
    assert len(_visible_claims(loaded)) > 20


def test_the_matrix_has_the_bundled_ledgers_cells(loaded) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    row = loaded.find_element(By.ID, "claim-nk-shells-for-russia")
    cells = {
        cell.get_attribute("data-party"): cell.get_attribute("class")
        for cell in row.find_elements(By.CSS_SELECTOR, "td.cell[data-party]")
    }

    assert cells == {
        "United States": "cell asserts",
        "North Korea": "cell denies",
        "Russia": "cell denies",
    }
    colour = row.find_element(By.CSS_SELECTOR, "td.denies").value_of_css_property(
        "background-color"
    )
    assert colour == "rgba(198, 40, 40, 1)"


def test_the_filter_narrows_the_claims(loaded) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    everything = _visible_claims(loaded)
    box = loaded.find_element(By.ID, "filter")
    box.send_keys("artillery shells")

    assert _visible_claims(loaded) == ["nk-shells-for-russia"]
    assert loaded.find_element(By.ID, "shown").text == f"1 of {len(everything)} claims"

    box.clear()
    box.send_keys("Pyongyang")  # a party's alias in a quote finds its claims too
    assert set(_visible_claims(loaded)) >= {"nk-troops-in-russia", "nk-shells-for-russia"}

    box.clear()
    box.send_keys("no claim says this")
    assert _visible_claims(loaded) == []
    assert loaded.find_element(By.ID, "shown").text == f"0 of {len(everything)} claims"


def test_a_cell_opens_its_quotes_with_links_to_sources(loaded) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    detail = loaded.find_element(By.ID, "d2")
    assert not detail.is_displayed()  # quotes stay closed until a cell is clicked

    row = loaded.find_element(By.ID, "claim-nk-shells-for-russia")
    row.find_element(By.CSS_SELECTOR, 'td[data-party="Russia"] button').click()

    shown = [
        section
        for section in detail.find_elements(By.TAG_NAME, "section")
        if section.is_displayed()
    ]
    assert [section.get_attribute("data-party") for section in shown] == ["Russia"]
    quote = shown[0].find_element(By.TAG_NAME, "blockquote").text
    assert quote.startswith("Moscow and Pyongyang deny the accusations")
    link = shown[0].find_element(By.CSS_SELECTOR, "a")
    assert link.get_attribute("href").endswith("/sources/003_b484f37d2071fccc.txt")
    assert "line 9" in link.text

    # The link leads to the article itself.
    link.click()
    assert "deny the accusations" in loaded.find_element(By.TAG_NAME, "body").text
    loaded.back()

    # A second click closes the quotes again.
    row = loaded.find_element(By.ID, "claim-nk-shells-for-russia")
    button = row.find_element(By.CSS_SELECTOR, 'td[data-party="Russia"] button')
    button.click()
    button.click()
    assert not loaded.find_element(By.ID, "d2").is_displayed()


def test_a_cell_beyond_a_narrow_screen_opens_its_quotes_in_view(loaded) -> None:  # type: ignore[no-untyped-def]
    """A table wider than the window scrolls sideways; the quotes of its last
    column open where the reader is looking, not at the table's far left."""
    from selenium.webdriver.common.by import By

    size = loaded.get_window_size()
    loaded.set_window_size(480, 900)
    try:
        row = loaded.find_element(By.ID, "claim-nk-troops-in-russia")
        last = row.find_elements(By.CSS_SELECTOR, "td.cell[data-party] button")[-1]
        loaded.execute_script("arguments[0].scrollIntoView({inline: 'end'})", last)
        last.click()
        quote = next(
            section
            for section in loaded.find_elements(By.CSS_SELECTOR, "tr.detail section")
            if section.is_displayed()
        ).find_element(By.TAG_NAME, "blockquote")
        left, right, width = loaded.execute_script(
            "var box = arguments[0].getBoundingClientRect();"
            "return [box.left, box.right, document.documentElement.clientWidth];",
            quote,
        )
        assert 0 <= left < right <= width
    finally:
        loaded.set_window_size(size["width"], size["height"])


def test_a_narrow_screen_leaves_room_for_the_parties(loaded) -> None:  # type: ignore[no-untyped-def]
    """On a phone the claims column takes less than half the width, so the
    first parties' stances are seen beside each claim without scrolling."""
    from selenium.webdriver.common.by import By

    size = loaded.get_window_size()
    loaded.set_window_size(480, 900)
    try:
        row = loaded.find_element(By.ID, "claim-nk-troops-in-russia")
        claim = row.find_element(By.CSS_SELECTOR, "th[scope=row]")
        first = row.find_elements(By.CSS_SELECTOR, "td.cell")[0]
        width = loaded.execute_script("return document.documentElement.clientWidth")
        assert claim.rect["width"] < width / 2
        assert first.rect["x"] + first.rect["width"] <= width
    finally:
        loaded.set_window_size(size["width"], size["height"])


def test_a_claims_timeline_opens(loaded) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    row = loaded.find_element(By.ID, "claim-nk-troops-in-russia")
    timeline = row.find_element(By.CSS_SELECTOR, "details.timeline")
    timeline.find_element(By.TAG_NAME, "summary").click()

    days = [time.text for time in timeline.find_elements(By.TAG_NAME, "time")]
    assert days == ["2024-11-17"]
    assert "undated" in timeline.text


def test_screenshot(loaded) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    target = os.environ.get("SCREENSHOT")
    if not target:
        pytest.skip("set SCREENSHOT=path to save one")
    row = loaded.find_element(By.ID, "claim-nk-troops-in-russia")
    row.find_element(By.CSS_SELECTOR, 'td[data-party="Russia"] button').click()
    assert loaded.save_screenshot(target)
