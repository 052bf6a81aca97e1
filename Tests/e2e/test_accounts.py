"""Accounts and roles as a user meets them: first login, logout, pages a role may not see, CSRF."""

from selenium.webdriver.common.by import By


def test_the_first_login_asks_for_a_new_password_and_the_new_one_works_after_logout(browser):
    page = browser().open("/queue")
    assert page.path.startswith("/login"), "an anonymous visitor is sent to the login page"
    page.login("p.neumann", expect_password_change=True)
    assert page.path.startswith("/queue"), f"after the password change the clerk lands on the queue, not {page.path}"
    page.logout()
    assert page.path.startswith("/login")
    page.login("p.neumann", expect_password_change=False)
    assert page.path.startswith("/queue")


def test_a_short_or_mistyped_new_password_is_refused_with_a_message(browser, site):
    page = browser()
    account = site.account("t.lehmann")
    page.open("/login").fill("name", account.name).fill("password", account.password)
    page.submit("form[action='/login']")
    assert page.path.startswith("/account/password")
    page.fill("current", account.password).fill("new", "kurz").fill("repeat", "kurz")
    page.find("form[action='/account/password'] [type=submit]").click()
    assert page.path.startswith("/account/password")
    assert page.find("#new").get_attribute("validationMessage"), "the browser itself says the password is too short"
    page.fill("current", account.password).fill("new", "lang-genug-123").fill("repeat", "lang-genug-124")
    page.submit("form[action='/account/password']")
    assert "stimmen nicht überein" in page.message()
    page.open("/queue")
    assert page.path.startswith("/account/password"), "no page opens before the password is changed"


def test_a_wrong_password_shows_a_message_on_the_login_page(browser):
    page = browser().open("/login")
    page.fill("name", "e.weber").fill("password", "falsch-falsch-falsch").submit("form[action='/login']")
    assert page.path.startswith("/login")
    assert "Name oder Passwort falsch" in page.message()


def test_logout_ends_the_session(clerk):
    clerk.logout()
    assert clerk.path.startswith("/login")
    clerk.open("/files/EBH-2025-90001")
    assert clerk.path.startswith("/login"), "after logout a file page asks for the login again"


def test_an_ebh_clerk_gets_not_found_for_an_abh_file(clerk):
    clerk.open("/files/ABH-2026-90004")
    assert "404" in clerk.heading()
    assert "Haddad" not in clerk.text(), "not even the name of a file of the other office is shown"


def test_management_gets_forbidden_for_the_queue(browser):
    page = browser().login("leitung")
    page.open("/queue")
    assert "403" in page.heading()
    assert "Ihre Rolle darf diese Seite nicht sehen" in page.text()
    page.open("/files/EBH-2025-90001")
    assert "403" in page.heading() and "Petrović" not in page.text()


def test_a_form_sent_without_its_csrf_token_is_refused_and_changes_nothing(clerk):
    clerk.open("/files/EBH-2025-90006")
    assert "Noch keine Notizen" in clerk.text()
    clerk.driver.execute_script(
        "document.querySelector(\"form[action$='/notes'] input[name=csrf]\").remove()")
    clerk.fill("note", "ohne Token gesendet")
    clerk.submit("form[action$='/notes']")
    assert "403" in clerk.heading()
    assert "kam nicht aus dieser Anwendung" in clerk.text() and "Nichts wurde gespeichert" in clerk.text()
    clerk.open("/files/EBH-2025-90006")
    assert "ohne Token gesendet" not in clerk.text()
    assert "Noch keine Notizen" in clerk.text()
    # The same form with its token goes through.
    clerk.fill("note", "mit Token gesendet").submit("form[action$='/notes']")
    notes = [n.text for n in clerk.driver.find_elements(By.CSS_SELECTOR, "ul.notes .note-text")]
    assert notes == ["mit Token gesendet"]
