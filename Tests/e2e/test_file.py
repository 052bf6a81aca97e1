"""The file page: recording facts changes the screening at once; documents; the letter; two
clerks on one file; keyboard use."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def finding(page, rule):
    """The text of the screening row of one rule."""
    rows = [r for r in page.find_all("table.findings tbody tr") if rule in r.text]
    assert rows, f"no finding {rule} on {page.path}"
    return rows[0].text


def verdict_class(page):
    return page.find(".verdict").get_attribute("class")


def test_recording_a_b1_certificate_changes_the_verdict_on_the_page(clerk):
    clerk.open("/files/EBH-2025-90001")
    assert "gaps" in verdict_class(clerk), "the A2 certificate leaves a language gap"
    assert "Lücke" in finding(clerk, "STAG10-LANG")
    clerk.fill("german_level", "B1").fill("german_proof", "certificate").fill("german_on", "2026-11-02")
    clerk.submit("form[action$='/facts']")
    assert "Gespeichert" in clerk.message()
    assert "eligible" in verdict_class(clerk), clerk.find(".verdict").text
    assert clerk.find(".verdict").text == "Heute entscheidbar"
    assert "erfüllt" in finding(clerk, "STAG10-LANG")
    facts = clerk.find("#h-facts").find_element(By.XPATH, "..").text
    assert "B1" in facts and "Zertifikat" in facts and "02.11.2026" in facts
    assert "certificate" not in facts, "values are shown as words, not as the file format's codes"


def test_the_letter_lists_the_documents_the_applicant_must_bring(clerk):
    clerk.open("/files/EBH-2025-90002")
    clerk.click_link("Brief: fehlende Unterlagen (zum Drucken)")
    assert clerk.path == "/files/EBH-2025-90002/letter"
    assert "Es fehlen noch Unterlagen" in clerk.heading()
    letter = clerk.find("article.din").text
    assert "Aktenzeichen EBH-2025-90002" in letter and "Elif Öztürk" in letter
    needed = [li.text for li in clerk.find_all("ul.needed li")]
    assert any("Sprachnachweis" in d for d in needed), needed
    assert any("Einbürgerungstest" in d for d in needed), needed
    assert not any("Attest" in d for d in needed), "a waiver's evidence is no document everyone must bring"
    if_applicable = clerk.find("ul.if-applicable").text
    assert "Attest" in if_applicable and "Krankheit" in if_applicable, "the waiver is offered with its condition"
    assert clerk.find_all("button.print"), "the letter has a print button"
    clerk.screenshot("letter-de")


@pytest.mark.parametrize("lang,file_no", [("de", "EBH-2024-90003"), ("en", "EBH-2024-90007")])
def test_the_second_of_two_clerks_saving_the_same_file_gets_a_conflict_with_the_input_kept(browser, lang, file_no):
    first = browser().login("e.weber")
    second = browser().login("e.berg")
    first.open(f"/files/{file_no}?lang={lang}")
    second.open(f"/files/{file_no}?lang={lang}")
    assert first.value("german_level") == "B2"

    first.fill("follow_up_on", "2027-03-01").submit("form[action$='/facts']")
    assert first.find(".message.ok")

    second.fill("german_level", "C1").fill("clerk", "e.berg").submit("form[action$='/facts']")
    conflict = second.message()
    if lang == "de":
        assert "inzwischen von jemand anderem geändert" in conflict and "NICHT gespeichert" in conflict
    else:
        assert "Someone else changed this file" in conflict and "NOT saved" in conflict
    assert second.value("german_level") == "C1" and second.value("clerk") == "e.berg", "the input is kept in the form"
    assert second.value("follow_up_on") == "01.03.2027", "the other clerk's change is shown, not undone"
    assert "C1" in second.find(".message.error ul").text
    second.screenshot(f"conflict-{lang}")

    first.open(f"/files/{file_no}")
    assert first.value("german_level") == "B2", "nothing was overwritten"
    assert first.value("follow_up_on") == "01.03.2027"

    second.submit("form[action$='/facts']")
    assert second.find(".message.ok"), "saving again on the new version goes through"
    assert second.value("german_level") == "C1" and second.value("follow_up_on") == "01.03.2027"
    assert second.value("clerk") == "e.berg"


def test_documents_are_chosen_by_name_and_recorded_with_the_keyboard_alone(clerk):
    clerk.open("/files/EBH-2025-90008")
    assert "Keine Unterlagen erfasst" in clerk.text()
    assert "Noch keine Notizen" in clerk.text()
    clerk.fill("doc_id", "D08").fill("doc_status", "requested")
    clerk.expect_new_page(lambda: clerk.find("#doc_valid_until").send_keys(Keys.ENTER),
                          "Enter in the document form records it")
    assert "Gespeichert" in clerk.message()
    docs = clerk.find("table.documents").text
    assert "Sprachnachweis" in docs and "angefordert" in docs

    field = clerk.find("#clerk")
    field.clear()
    clerk.expect_new_page(lambda: field.send_keys("e.weber", Keys.ENTER), "Enter in the facts form saves it")
    assert "Gespeichert" in clerk.message() and clerk.value("clerk") == "e.weber"


def test_the_skip_link_comes_first_and_focus_is_visible(clerk):
    clerk.open("/files/EBH-2025-90008")
    body = clerk.find("body")
    body.send_keys(Keys.TAB)
    active = clerk.driver.switch_to.active_element
    assert active.get_attribute("class") == "skip" and active.is_displayed()
    active.send_keys(Keys.TAB)
    focused = clerk.driver.switch_to.active_element
    style = clerk.driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", focused)
    assert style not in ("", "none"), f"the focused {focused.tag_name} shows an outline"


def test_a_typed_impossible_date_is_an_error_and_keeps_the_stored_date(clerk):
    clerk.open("/files/EBH-2025-90006")
    clerk.fill("follow_up_on", "15.03.2027").submit("form[action$='/facts']")
    assert "Gespeichert" in clerk.message()
    assert clerk.value("follow_up_on") == "15.03.2027"
    clerk.fill("follow_up_on", "31.02.2024").fill("clerk", "e.weber").submit("form[action$='/facts']")
    assert clerk.find(".field-error"), "the impossible date is an error on its field"
    assert clerk.value("follow_up_on") == "31.02.2024", "the typed input comes back"
    clerk.open("/files/EBH-2025-90006")
    assert clerk.value("follow_up_on") == "15.03.2027", "the stored date is kept"
    clerk.fill("follow_up_on", "").submit("form[action$='/facts']")
    assert clerk.value("follow_up_on") == "15.03.2027", "a blank field keeps the stored date"
    clerk.find("#clear_follow_up_on").click()
    clerk.submit("form[action$='/facts']")
    assert clerk.value("follow_up_on") == "", "'Datum entfernen' removes it"
