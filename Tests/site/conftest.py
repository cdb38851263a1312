"""Shared fixtures of the website's end-to-end tests: the built binary, a site built from Profiles/,
one headless Chromium session (Debian's chromium and chromium-driver, through Selenium)."""
import os
import pathlib
import shutil
import subprocess

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]


def binary():
    """The beroepsbeeld binary `swift build --build-tests` made (BEROEPSBEELD_BIN overrides)."""
    path = pathlib.Path(os.environ.get("BEROEPSBEELD_BIN", ROOT / ".build" / "debug" / "beroepsbeeld"))
    if not path.exists():
        pytest.fail(f"{path} is missing: run `swift build` first")
    return path


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site of Profiles/, built once for the session."""
    folder = tmp_path_factory.mktemp("site")
    result = subprocess.run([binary(), "site", ROOT / "Profiles", "-o", folder], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every test, with the console log kept."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(autouse=True)
def fresh_console(request):
    """Each test reads only its own console messages: the log is drained before it starts."""
    if "browser" in request.fixturenames:
        request.getfixturevalue("browser").get_log("browser")
