"""Screenshots of the main pages in German and English, kept in .e2e-artifacts/ to be looked at.
Each page is also checked for codes of the file format that should have been words."""

import re

import pytest

# Codes of the case-file format (spec section 1) that must never reach a page as such.
RAW_CODES = re.compile(
    r"\b(not_requested|case_management|permit_104c|residence_permit|settlement_permit|in_review|"
    r"documents_requested|decision_pending|einbuergerungstest|orientation_course|not_required|"
    r"benefits_sgb2_sgb12|fdgo_signed_on|passport_obtainable|evidence_level|gestattung|eu_long_term|"
    r"orientation_course|oral_check|deportation_ban|prison_suspended|case_management_referral)\b")


def no_raw_codes(page):
    found = sorted(set(RAW_CODES.findall(page.text())))
    assert not found, f"codes instead of words on {page.path}: {found}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_screenshots_of_the_main_pages(browser, lang):
    page = browser()
    page.open(f"/login?lang={lang}")
    page.screenshot(f"login-{lang}")
    page.login("e.weber")
    page.open("/queue")
    no_raw_codes(page)
    page.screenshot(f"queue-{lang}")
    page.open("/queue?verdict=gaps&q=EBH-2025-9")
    page.screenshot(f"queue-filtered-{lang}")
    page.open("/files/EBH-2025-90005")
    no_raw_codes(page)
    page.screenshot(f"file-{lang}")
    page.open("/files/EBH-2025-90005/letter")
    page.screenshot(f"letter-{lang}")
    page.open("/queue?q=Zzyzx")
    page.screenshot(f"queue-empty-{lang}")
    page.open("/queue?verdict=review")
    page.screenshot(f"queue-empty-group-{lang}")
    page.open("/files/ABH-2026-90004")
    page.screenshot(f"not-found-{lang}")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_screenshots_of_the_immigration_office_and_of_a_refused_role(browser, lang):
    page = browser()
    page.open(f"/login?lang={lang}")
    page.login("a.yilmaz")
    page.open("/queue?permit_104c_days=180")
    no_raw_codes(page)
    page.screenshot(f"abh-queue-104c-{lang}")
    page.open("/files/ABH-2026-90004")
    no_raw_codes(page)
    page.screenshot(f"abh-file-{lang}")
    page.logout()
    page.login("leitung")
    page.open("/queue")
    page.screenshot(f"forbidden-{lang}")
