"""Helpers for driving `backlog` in headless Chromium, as a user would: log in (changing the
one-time password at the first login), open pages, fill and send forms, read messages, keep
screenshots. The tests import these; Tests/e2e/README.md lists them."""

import os
import pathlib
import re
from dataclasses import dataclass, field

from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT_SECONDS = 15


@dataclass
class Account:
    name: str
    role: str
    password: str
    must_change: bool = True


@dataclass
class Site:
    """The running server, its users (with their current passwords) and the artefact folder."""

    url: str
    accounts: dict = field(default_factory=dict)
    artifacts: pathlib.Path = pathlib.Path(".e2e-artifacts")

    @classmethod
    def from_environment(cls):
        accounts = {}
        with open(os.environ["BACKLOG_E2E_USERS"], encoding="utf-8") as f:
            for line in f:
                name, role, password = line.rstrip("\n").split("\t")
                accounts[name] = Account(name, role, password)
        artifacts = pathlib.Path(os.environ.get("BACKLOG_E2E_ARTIFACTS", ".e2e-artifacts"))
        artifacts.mkdir(parents=True, exist_ok=True)
        return cls(os.environ["BACKLOG_E2E_URL"].rstrip("/"), accounts, artifacts)

    def account(self, name):
        assert name in self.accounts, f"no e2e user {name!r}; scripts/e2e creates {sorted(self.accounts)}"
        return self.accounts[name]


def new_driver(javascript=True, width=1280, height=900):
    """A headless Chromium from the Debian packages (never Selenium Manager, never the network)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=de-DE", "--hide-scrollbars"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(10)
    return driver


class Page:
    """One browser session on the site: a user's tab."""

    def __init__(self, site, driver):
        self.site = site
        self.driver = driver
        self.user = None

    # navigation -------------------------------------------------------------------------------
    def open(self, path):
        self.driver.get(self.site.url + path)
        return self

    @property
    def path(self):
        return self.driver.current_url[len(self.site.url):]

    def heading(self):
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def click(self, css):
        """Clicks and waits for the next page to load."""
        return self.expect_new_page(lambda: self.find(css).click(), f"no new page after clicking {css}")

    def click_link(self, text):
        return self.expect_new_page(lambda: self.driver.find_element(By.LINK_TEXT, text).click(),
                                    f"no new page after clicking the link {text!r}")

    def expect_new_page(self, action, message):
        """Does `action` (a click, a key press) and waits until the next page has loaded."""
        self.driver.execute_script("window.e2eOldPage = true")
        action()
        self.wait(lambda d: d.execute_script("return !window.e2eOldPage && document.readyState === 'complete'"),
                  message)
        return self

    def wait(self, condition, message):
        """Waits for `condition(driver)`; while a page is loading the browser may refuse to answer,
        which counts as 'not yet'."""
        try:
            return WebDriverWait(self.driver, WAIT_SECONDS, ignored_exceptions=(WebDriverException,)).until(condition)
        except TimeoutException:
            raise AssertionError(f"{message} (after {WAIT_SECONDS} s on {self.path}: {self.heading_or_title()})")

    def heading_or_title(self):
        found = self.driver.find_elements(By.TAG_NAME, "h1")
        return found[0].text if found else self.driver.title

    # forms ------------------------------------------------------------------------------------
    def fill(self, field_id, value):
        """Types into an input, or picks an option (by value) of a select."""
        element = self.find("#" + field_id)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        elif element.get_attribute("type") == "date":
            # Chromium's date input takes keystrokes in the locale's order; set the value directly.
            self.driver.execute_script("arguments[0].value = arguments[1]", element, value)
        else:
            element.clear()
            element.send_keys(value)
        return self

    def value(self, field_id):
        element = self.find("#" + field_id)
        if element.tag_name == "select":
            return Select(element).first_selected_option.get_attribute("value")
        return element.get_attribute("value")

    def submit(self, form_css):
        """Sends a form with its submit button (as a click would) and waits for the answer."""
        return self.click(form_css + " [type=submit]")

    def message(self):
        """The text of the page's message (saved, conflict, error), or ''."""
        found = self.find_all(".message")
        return " ".join(m.text for m in found)

    # accounts ---------------------------------------------------------------------------------
    def login(self, name, expect_password_change=None):
        """Logs in; at the first login chooses a new password as the application demands.
        Returns the page the user lands on."""
        account = self.site.account(name)
        self.open("/login")
        self.fill("name", name).fill("password", account.password)
        self.submit("form[action='/login']")
        assert "/login" not in self.path, f"login as {name} failed: {self.message() or self.heading()}"
        changing = self.path.startswith("/account/password")
        if expect_password_change is not None:
            assert changing == expect_password_change, f"password change page shown: {changing}, expected {expect_password_change}"
        if changing:
            new = "Siegaue-Herbst-Bruecke-" + str(len(name) * 7919)  # not the name (password rules)
            self.fill("current", account.password).fill("new", new).fill("repeat", new)
            self.submit("form[action='/account/password']")
            assert not self.path.startswith("/account/password"), f"password change refused: {self.message()}"
            account.password = new
            account.must_change = False
        self.user = name
        return self

    def logout(self):
        self.submit("form[action='/logout']")
        self.user = None
        return self

    # artefacts --------------------------------------------------------------------------------
    def screenshot(self, name):
        """Saves the whole page (not just the window) as .e2e-artifacts/NAME.png."""
        height = self.driver.execute_script(
            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
        width = self.driver.get_window_size()["width"]
        self.driver.set_window_size(width, min(max(int(height) + 120, 600), 6000))
        path = self.site.artifacts / (re.sub(r"[^A-Za-z0-9_.-]+", "-", name) + ".png")
        self.driver.save_screenshot(str(path))
        self.driver.set_window_size(width, 900)
        return path
