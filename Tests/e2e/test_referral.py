"""The referral bridge as its users work it: a clerk refers a language gap, the case manager of
the person's municipality accepts it and resolves it with a B1 certificate, and the clerk finds
the file back in the queue with the rule met."""

import re


def test_a_language_gap_goes_to_case_management_and_comes_back_closed(browser):
    clerk = browser().login("e.weber")
    clerk.open("/files/EBH-2025-90005")
    cm_section = clerk.find("section.cm").text
    assert "liegt vor seit" in cm_section, "the recorded consent is shown"
    assert clerk.find("#rule-STAG10-LANG").is_selected(), "the language gap is offered for referral"
    clerk.fill("ref_due", "2027-02-15").fill("ref_note", "Bitte B1-Kurs vermitteln")
    clerk.submit("form[action$='/referrals']")
    assert re.fullmatch(r"/referrals/\d+\?saved=1", clerk.path), clerk.path
    referral = clerk.path.split("?")[0]
    assert "gesendet" in clerk.find(".summary").text
    assert "EBH-2025-90005" in clerk.text(), "the office sees the file number"

    cm = browser().login("cm.siegburg")
    assert cm.path == "/referrals", "a case manager lands in the inbox"
    assert "Mensah" in cm.find("table.referrals").text
    cm.screenshot("referral-inbox-de")
    cm.open(referral)
    page = cm.text()
    assert "Mensah, Kofi" in page and "+49 2241 123456" in page and "Bitte B1-Kurs vermitteln" in page
    assert "EBH-2025-90005" not in page and "1991" not in page, "the case manager sees only what the referral carries"
    cm.click("button[value=accept]")
    assert "angenommen" in cm.find(".summary").text
    # an empty resolve is refused: it says what would close the gap and offers return with reason
    cm.submit("form.resolve")
    assert "Noch nicht als erledigt gespeichert" in cm.message(), cm.message()
    assert "angenommen" in cm.find(".summary").text
    assert cm.find("#unproven a[href='#form-return']").text.startswith("Ist die Voraussetzung")
    assert "Deutsch – Niveau" in cm.find("#unproven").text
    cm.screenshot("referral-resolve-refused-de")
    cm.fill("f-german-level", "B1").fill("f-german-proof", "certificate").fill("f-german-on", "2026-11-20")
    cm.find("#doc-D08").click()
    cm.fill("note-resolve", "Zertifikat der VHS liegt vor")
    cm.submit("form.resolve")
    assert "erledigt" in cm.find(".summary").text, cm.message()
    assert "erfüllt am" in cm.find("ol.gaps").text
    assert "jetzt erfüllt: Deutschkenntnisse auf Niveau B1" in cm.find(".resolution-outcome").text
    cm.screenshot("referral-resolved-de")
    cm.open(referral + "/sheet")
    assert "Merkblatt" in cm.heading()

    clerk.open("/queue?q=Mensah")
    row = [r for r in clerk.find_all("table.queue tbody tr") if "EBH-2025-90005" in r.text]
    assert row and "zurück vom CM" in row[0].text, "the file is marked as back from case management"
    clerk.open("/files/EBH-2025-90005")
    lang = [r.text for r in clerk.find_all("table.findings tbody tr") if "STAG10-LANG" in r.text]
    assert lang and "erfüllt" in lang[0], lang
    returned = clerk.find("section.cm").text
    assert "zurück vom CM" in returned and "geschlossen: Deutschkenntnisse auf Niveau B1" in returned
    clerk.screenshot("referral-back-at-clerk-de")
    clerk.click("section.cm button[value=seen]")
    assert "zurück vom CM" not in clerk.find("section.cm").text


def test_a_case_manager_cannot_see_the_clerks_pages_or_the_queue(browser):
    cm = browser().login("cm.siegburg")
    cm.open("/queue")
    assert "403" in cm.text() or "nicht sehen" in cm.text()
    cm.open("/files/EBH-2025-90005")
    assert "Mensah" not in cm.text()
