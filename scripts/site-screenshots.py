#!/usr/bin/env python3
"""Screenshots of a built site in headless Chromium (Debian's chromium and chromium-driver, through
Selenium in .venv): `scripts/site-screenshots.py SITE_FOLDER OUT_FOLDER WIDTH PAGE...`. A page may
carry a query (`index.html?q=verpleeg`) to show a search. Each screenshot is the page's full height
(at most 4000 px), named after the page and the width."""
import pathlib
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def main():
    site, out, width, pages = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    out.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--window-size={width},900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    try:
        for page in pages:
            path, _, query = page.partition("?")
            driver.get((site / path).as_uri() + (f"?{query}" if query else ""))
            height = min(4000, driver.execute_script("return document.documentElement.scrollHeight"))
            driver.set_window_size(width, height)
            name = page.replace("/", "-").replace("?", "-").replace("=", "-").replace(".html", "")
            driver.save_screenshot(str(out / f"{name}-{width}.png"))
            driver.set_window_size(width, 900)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
