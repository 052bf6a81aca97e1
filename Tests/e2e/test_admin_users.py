"""User administration in the browser: create with a one-time password shown once, change the
role, reset the password, end sessions, deactivate only with a confirmation."""

import re

from browser import Account


def test_the_admin_creates_changes_and_deactivates_a_user(browser, site):
    admin = browser().login("admin")
    admin.open("/admin/users")
    admin.find("details.user-new summary").click()
    admin.fill("new-name", "n.neumann").fill("new-role", "ebh-clerk")
    admin.submit("form[action='/admin/users']")
    secret = admin.find(".secret").text
    password = admin.find(".secret code").text
    assert "n.neumann" in secret and len(password) >= 12, secret
    admin.screenshot("users-created-de")
    admin.open("/admin/users")
    assert password not in admin.driver.page_source, "the one-time password is shown once"

    site.accounts["n.neumann"] = Account("n.neumann", "ebh-clerk", password)
    newcomer = browser().login("n.neumann", expect_password_change=True)
    assert newcomer.path.startswith("/queue") or newcomer.path == "/", newcomer.path

    row = "//tr[.//strong[text()='n.neumann']]"
    admin.driver.find_element("xpath", row + "//details[contains(@class,'user-role')]/summary").click()
    select = admin.driver.find_element("xpath", row + "//select[@name='role']")
    admin.fill(select.get_attribute("id"), "abh-clerk")
    admin.expect_new_page(lambda: admin.driver.find_element("xpath", row + "//form[contains(@action,'/role')]//button").click(), "role")
    assert "n.neumann: neue Rolle" in admin.message()
    assert "Ausländerbehörde" in admin.driver.find_element("xpath", row).text or "ABH" in admin.driver.find_element("xpath", row).text

    admin.driver.find_element("xpath", row + "//details[contains(@class,'user-deactivate')]/summary").click()
    admin.expect_new_page(lambda: admin.driver.find_element("xpath", row + "//form[contains(@action,'/lock')]//button").click(), "lock")
    assert "bestätigen" in admin.message(), "no deactivation without the tick"
    admin.driver.find_element("xpath", row + "//details[contains(@class,'user-deactivate')]/summary").click()
    admin.driver.find_element("xpath", row + "//form[contains(@action,'/lock')]//input[@name='confirm']").click()
    admin.expect_new_page(lambda: admin.driver.find_element("xpath", row + "//form[contains(@action,'/lock')]//button").click(), "lock")
    assert "deaktiviert" in admin.driver.find_element("xpath", row).text
    newcomer.open("/queue")
    assert newcomer.path.startswith("/login"), "a deactivated user's session ends"
    admin.screenshot("users-deactivated-de")
    admin.open("/admin/audit")
    log = admin.text()
    assert "user-create" in log or "angelegt" in log.lower() or "n.neumann" in log
