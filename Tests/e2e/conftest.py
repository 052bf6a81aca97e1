"""Fixtures of the browser tests. Run them with scripts/e2e, which starts the server and creates
the users; see README.md beside this file."""

import os

import pytest

from browser import Page, Site, new_driver


@pytest.fixture(scope="session")
def site():
    if "BACKLOG_E2E_URL" not in os.environ:
        pytest.exit("the browser tests need a running server: start them with scripts/e2e", returncode=2)
    return Site.from_environment()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, "report_" + report.when, report)


@pytest.fixture
def browser(site, request):
    """Opens browser sessions (each with its own cookies): `browser()`, `browser(javascript=False)`.
    All are closed after the test; a failing test leaves a screenshot of each in the artefacts."""
    pages = []

    def open_session(javascript=True):
        page = Page(site, new_driver(javascript=javascript))
        pages.append(page)
        return page

    yield open_session
    failed = getattr(request.node, "report_call", None) is not None and request.node.report_call.failed
    for i, page in enumerate(pages):
        try:
            if failed:
                path = page.screenshot(f"FAILED-{request.node.name}-{i + 1}")
                print(f"\nscreenshot of session {i + 1} ({page.user or 'not logged in'}, {page.path}): {path}")
        finally:
            page.driver.quit()


@pytest.fixture
def clerk(browser):
    """An EBH clerk (e.weber), logged in, in German."""
    return browser().login("e.weber")
