"""Phone width (390 px): every main page of every role without sideways scrolling, the queue as
cards, logout reachable. Screenshots in .e2e-artifacts/phone-*.png."""

import re

import pytest

from browser import Page, new_driver

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": False}


def phone_screenshot(page, name):
    """The whole page at phone width (the emulated screen grows to the page's height)."""
    height = page.driver.execute_script("return document.documentElement.scrollHeight")
    page.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", dict(PHONE, height=min(int(height), 6000)))
    path = page.site.artifacts / (re.sub(r"[^A-Za-z0-9_.-]+", "-", name) + ".png")
    page.driver.save_screenshot(str(path))
    page.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)

PAGES = {
    "e.weber": ["/queue", "/queue?verdict=gaps", "/files/EBH-2025-90005", "/files/EBH-2025-90005/letter", "/referrals"],
    "a.yilmaz": ["/queue", "/queue?route=104c&sort=permit_104c_end", "/files/ABH-2026-90004"],
    "cm.siegburg": ["/referrals"],
    "leitung": ["/reports", "/reports/backlog"],
    "admin": ["/admin/users", "/admin/audit", "/admin/lists"],
}


@pytest.mark.parametrize("user", sorted(PAGES))
def test_main_pages_fit_a_phone(site, user):
    page = Page(site, new_driver())
    page.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)  # Chromium's windows are at least 500 px wide
    try:
        page.login(user)
        for path in PAGES[user]:
            page.open(path)
            inner, scroll = page.driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            assert inner <= 400, f"the window is {inner} px wide"
            wide = page.driver.execute_script("""
              return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""")
            assert scroll <= inner, f"{path} scrolls sideways ({scroll} > {inner} px): {wide}"
            logout = page.find("form[action='/logout'] button")
            rect = page.driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.top];", logout)
            assert logout.is_displayed() and rect[0] >= 0 and rect[1] <= inner, f"logout not reachable on {path}: {rect}"
            phone_screenshot(page, "phone-" + user + "-" + path.strip("/").replace("/", "-").replace("?", "-"))
        if user == "e.weber":
            page.open("/queue")
            card = page.find("table.queue tbody tr:not(.group-head)")
            assert card.value_of_css_property("display") == "block", "the queue's rows are cards"
    finally:
        page.driver.quit()
