"""The triage queue: groups with counts, search, filters (with and without JavaScript), keyboard."""

from selenium.webdriver.common.keys import Keys


def file_numbers(page):
    return [a.text for a in page.find_all("table.queue tbody td:nth-child(2) a")]


def test_the_queue_shows_groups_with_counts_and_puts_the_cursor_in_the_search_box(clerk):
    clerk.open("/queue")
    assert clerk.heading().startswith("Arbeitsvorrat")
    tabs = {t.text.rsplit(" ", 1)[0]: int(t.text.rsplit(" ", 1)[1]) for t in clerk.find_all("nav.tabs .tab")}
    assert tabs["Alle"] > 50, f"the demo files are in the queue: {tabs}"
    assert sum(n for label, n in tabs.items() if label != "Alle") == tabs["Alle"]
    assert len(file_numbers(clerk)) == 50, "one page holds 50 files"
    assert clerk.find_all("a[rel=next]"), "a link leads to the next page"
    assert clerk.driver.switch_to.active_element.get_attribute("id") == "q", "the search box has the focus"


def test_searching_with_the_keyboard_and_filtering_by_verdict_narrow_the_queue(clerk):
    clerk.open("/queue")
    clerk.expect_new_page(lambda: clerk.driver.switch_to.active_element.send_keys("EBH-2025-9", Keys.ENTER),
                          "Enter in the search box sends the search")
    found = file_numbers(clerk)
    assert found and all(n.startswith("EBH-2025-9") for n in found), found
    assert "EBH-2025-90002" in found
    # A select applies at once (JavaScript); the search stays.
    clerk.expect_new_page(lambda: clerk.fill("verdict", "gaps"), "choosing a verdict filters the queue")
    assert "verdict=gaps" in clerk.path
    assert clerk.value("q") == "EBH-2025-9"
    found = file_numbers(clerk)
    assert "EBH-2025-90002" in found, found
    assert all(r.get_attribute("class") == "gaps" for r in clerk.find_all("table.queue tbody tr:not(.group-head)"))
    assert "Akten passen zu den Filtern" in clerk.find(".summary").text


def test_filters_work_without_javascript(browser):
    page = browser(javascript=False).login("e.weber")
    page.open("/queue")
    page.fill("q", "EBH-2024-9").fill("verdict", "eligible").submit("form.filters")
    found = file_numbers(page)
    assert "EBH-2024-90003" in found and all(n.startswith("EBH-2024-9") for n in found), found


def test_a_filter_without_matches_says_so_and_offers_to_reset(clerk):
    clerk.open("/queue?q=Zzyzx")
    assert "Keine offenen Akten passen zu diesen Filtern" in clerk.text()
    clerk.click(".empty a")
    assert clerk.path == "/queue"
    assert len(file_numbers(clerk)) == 50


def test_a_file_opens_from_the_queue(clerk):
    clerk.open("/queue?q=Petrovi")
    clerk.click_link("EBH-2025-90001")
    assert clerk.path == "/files/EBH-2025-90001"
    assert "EBH-2025-90001" in clerk.heading() and "Petrović" in clerk.heading()


def test_a_name_typed_without_accents_and_in_either_order_finds_the_file(clerk):
    clerk.open("/queue")
    clerk.expect_new_page(lambda: clerk.driver.switch_to.active_element.send_keys("Ozturk", Keys.ENTER),
                          "Enter in the search box sends the search")
    found = file_numbers(clerk)
    assert "EBH-2025-90002" in found, "Ozturk finds Öztürk"
    names = [r.text for r in clerk.find_all("table.queue tbody td:nth-child(3)")]
    assert names and all("Öztürk" in n for n in names), names
    clerk.open("/queue?q=" + "Petrovic%2C+Ana")
    assert file_numbers(clerk) == ["EBH-2025-90001"], "family name, comma, given name"
    clerk.open("/queue?q=90003")
    assert file_numbers(clerk) == ["EBH-2024-90003"], "part of a file number"


def test_queue_columns_sort_from_the_keyboard_with_aria_sort(clerk):
    clerk.open("/queue")
    link = clerk.find("th.sortable a[data-sort=received_on]")
    clerk.expect_new_page(lambda: link.send_keys(Keys.ENTER), "Enter on a column header sorts")
    assert clerk.find("th[aria-sort]").get_attribute("aria-sort") == "ascending"
    dates = [r.text for r in clerk.find_all("table.queue tbody tr:not(.group-head) td:nth-child(5)")]
    days = [d.split()[0].split(".")[::-1] for d in dates]
    assert days == sorted(days), "oldest first across groups"
