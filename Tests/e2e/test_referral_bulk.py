"""Referring one gap of several files from the queue (issue 13): a confirmation page with the
count and the list comes first and nothing is sent before its button; the result names each
file with what happened to it. Also the audit log in words at desktop and phone width."""


def test_a_bulk_referral_is_confirmed_first_and_its_results_are_itemised(browser):
    clerk = browser().login("e.weber")
    clerk.open("/queue?q=EBH-2025-9000")
    for file_no in ["EBH-2025-90001", "EBH-2025-90002"]:
        clerk.find(f"input[name=file_no][value='{file_no}']").click()
    clerk.find("details.bulk-refer summary").click()
    clerk.fill("refer-rule", "STAG10-LANG").fill("refer-note", "Sprachkurs vermitteln")
    clerk.click("details.bulk-refer button[type=submit]")
    assert clerk.heading() == "Vermittlung an das Case Management bestätigen", clerk.heading()
    summary = clerk.find(".summary").text
    assert "2 Akten" in summary and "Deutschkenntnisse auf Niveau B1" in summary, summary
    rows = {r.find_element("css selector", "td").text: r.text for r in clerk.find_all("table.bulk-list tbody tr")}
    assert set(rows) == {"EBH-2025-90001", "EBH-2025-90002"}, rows
    assert "Noch ist nichts gesendet" in clerk.text()
    clerk.screenshot("bulk-confirm-de")
    clerk.driver.set_window_size(390, 900)
    clerk.screenshot("bulk-confirm-390")
    clerk.driver.set_window_size(1280, 900)
    clerk.click("form[action='/queue/referrals'] button[type=submit]")
    assert clerk.heading() == "Vermittlung an das Case Management: Ergebnis", clerk.heading()
    done = {r.find_element("css selector", "td").text: r.text for r in clerk.find_all("table.bulk-list tbody tr")}
    assert set(done) == {"EBH-2025-90001", "EBH-2025-90002"}, done
    for text in done.values():
        assert "gesendet" in text or "übersprungen: " in text, text
    assert "gesendet" in done["EBH-2025-90002"], done
    clerk.screenshot("bulk-result-de")


def test_the_audit_log_speaks_in_words_and_berlin_time(browser):
    admin = browser().login("admin")
    admin.open("/admin/audit")
    table = admin.find("table.audit").text
    assert "Angemeldet" in table and "list-read" not in table, table[:300]
    admin.fill("action", "read").submit("form.filters")
    assert all("Akte gelesen" in r.text for r in admin.find_all("table.audit tbody tr"))
    admin.open("/admin/audit")
    admin.screenshot("audit-de")
    admin.driver.set_window_size(390, 900)
    admin.screenshot("audit-390")
