"""The letter of missing documents as it is printed: DIN 5008 form B on one A4 page, the address
in the window of the envelope, and the confirmed step "Unterlagen angefordert" beside "Drucken"."""

import base64
import re
import shutil
import subprocess

MM = 96 / 25.4  # CSS pixels per millimetre


def near(value_px, mm, tolerance_mm=1.0):
    return abs(value_px / MM - mm) <= tolerance_mm


def test_the_address_is_recorded_on_the_file_page_with_errors_on_the_field(clerk):
    clerk.open("/files/EBH-2025-90009#h-address")
    clerk.fill("address_street", "Ringstraße 7").fill("address_postal_code", "5372")
    clerk.submit("form[action$='/address']")
    assert "Eine deutsche Postleitzahl hat 5 Ziffern" in clerk.find("#e-address_postal_code").text
    assert clerk.value("address_street") == "Ringstraße 7" and clerk.value("address_postal_code") == "5372"
    clerk.fill("address_street", "Ringstraße 5").fill("address_postal_code", "53721")
    clerk.submit("form[action$='/address']")
    assert "Gespeichert" in clerk.message()
    assert clerk.value("address_street") == "Ringstraße 5"


def test_the_letter_prints_on_one_a4_page_with_the_address_in_the_window(clerk, site):
    clerk.open("/files/EBH-2025-90009")
    clerk.click_link("Brief: fehlende Unterlagen (zum Drucken)")
    assert "Ringstraße 5" in clerk.find(".din-recipient").text and "Amira Weiß" in clerk.find(".din-recipient").text
    body = clerk.find(".din-body").text
    for jargon in ("FDGO", "Nr. 1a", "(Abs. 6)", "Abs. 4a"):
        assert jargon not in body, f"jargon {jargon!r} in the letter"
    assert "§ 82 Absatz 1 Aufenthaltsgesetz" in body and "nichts von Ihnen hören" in body
    clerk.screenshot("letter-din-de")

    driver = clerk.driver
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    box = driver.execute_script("""
      const sheet = document.querySelector('.din').getBoundingClientRect();
      const r = s => { const b = document.querySelector(s).getBoundingClientRect();
                       return {left: b.left - sheet.left, top: b.top - sheet.top, width: b.width, height: b.height}; };
      return {address: r('.din-address'), recipient: r('.din-recipient span'), sender: r('.din-sender'),
              ref: r('.din-ref'), info: r('.din-info'), subject: r('.din-subject'), sheetLeft: sheet.left, sheetTop: sheet.top};""")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert near(box["sheetLeft"], 0) and near(box["sheetTop"], 0), f"the sheet starts at the page's corner: {box}"
    a = box["address"]
    assert near(a["left"], 20) and near(a["top"], 45) and near(a["width"], 85) and near(a["height"], 45), f"address field {a}"
    assert near(box["recipient"]["top"], 62.7) and near(box["recipient"]["left"], 25), f"recipient {box['recipient']}"
    assert box["sender"]["top"] / MM < 62.7 and box["sender"]["top"] / MM > 45, f"sender line {box['sender']}"
    assert near(box["ref"]["top"], 98.46) and near(box["ref"]["left"], 25), f"reference line {box['ref']}"
    assert near(box["info"]["left"], 125) and near(box["info"]["top"], 50), f"information block {box['info']}"
    assert box["subject"]["top"] / MM > 104, f"the subject below the reference line {box['subject']}"

    pdf = base64.b64decode(driver.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})["data"])
    path = site.artifacts / "letter-din.pdf"
    path.write_bytes(pdf)
    pages = re.findall(rb"/Type\s*/Page(?!s)", pdf)
    assert len(pages) == 1, f"the letter fills {len(pages)} pages"
    box_sizes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box_sizes and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in box_sizes), box_sizes
    if shutil.which("pdftoppm"):  # a picture of the printed page to look at
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(path), str(site.artifacts / "letter-din-pdf")], check=True)
    if shutil.which("pdftotext"):  # where the street really lands on paper
        words = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
        found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Ringstraße</word>', words)
        assert found, "the street is text in the PDF"
        x_mm, y_mm = float(found.group(1)) * 25.4 / 72, float(found.group(2)) * 25.4 / 72
        assert 24 <= x_mm <= 30 and 62 <= y_mm <= 90, f"the street at {x_mm:.1f}/{y_mm:.1f} mm is outside the window"


def test_the_sent_button_sets_the_stage_and_the_follow_up_only_when_confirmed(clerk):
    clerk.open("/files/EBH-2025-90009/letter")
    deadline = clerk.find(".letter-sent input[name=deadline]").get_attribute("value")
    clerk.driver.execute_script("document.querySelector('#letter-confirm').required = false")
    clerk.submit("form.letter-sent")
    assert "Bitte bestätigen Sie" in clerk.message(), "no step without the confirmation"
    clerk.find("#letter-confirm").click()
    clerk.submit("form.letter-sent")
    assert clerk.path.startswith("/files/EBH-2025-90009"), clerk.path
    assert "Unterlagen angefordert" in clerk.find("#h-history").find_element("xpath", "..").text
    assert clerk.value("follow_up_on") == deadline
    clerk.screenshot("letter-sent-file-de")


def test_a_closed_file_offers_no_letter(clerk):
    clerk.open("/files/EBH-2023-90010")
    assert not clerk.find_all("a[href$='/letter']")
    clerk.open("/files/EBH-2023-90010/letter")
    assert "abgeschlossen" in clerk.text()
