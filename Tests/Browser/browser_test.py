"""The web page in a real browser (Debian's Chromium driven by Playwright).

Loads the page on an index of Examples/, types a query, ticks a country, drags across the
publication histogram, filters a facet list by typing, opens an article and checks its
highlights; every count shown is compared with /api/search for the same URL. Screenshots go
to SHOTS (laptop and phone width). Run by scripts/browser-test.sh, which starts the server.
"""
import json
import os
import sys
import urllib.parse
import urllib.request

from playwright.sync_api import sync_playwright

BASE = sys.argv[1].rstrip("/")
CHROMIUM = sys.argv[2]
SHOTS = sys.argv[3]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def api_total(page_url):
    """The total /api/search gives for the page's own query string (minus page-only defaults)."""
    query = urllib.parse.urlsplit(page_url).query
    with urllib.request.urlopen(BASE + "/api/search?" + query) as r:
        return json.load(r)["total"]


def shown_total(page):
    return int(page.get_attribute("#total", "data-total"))


with sync_playwright() as p:
    browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(BASE + "/")
    check(page.title().endswith("NewsIndex"), "the page loads")
    everything = shown_total(page)

    # Type a query.
    page.fill("input[name=q]", "trade")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state()
    check("q=trade" in page.url, "the query is in the URL: " + page.url)
    total = shown_total(page)
    check(0 < total < everything, f"a query narrows the results ({total} of {everything})")
    check(total == api_total(page.url), "the count shown is the API's")
    check(page.locator("li.hit").count() == min(total, 20), "one result per hit on the first page")
    check(page.locator(".snippet b").count() > 0, "snippets highlight the words")

    # Tick a country.
    box = page.locator('section[data-facet=country] a.fv').first
    code = box.get_attribute("data-value")
    box.click()
    page.wait_for_load_state()
    check(f"country={code}" in page.url, f"ticking {code} puts it in the URL: {page.url}")
    check(page.locator(f'section[data-facet=country] a.fv[data-value="{code}"]').get_attribute("aria-checked") == "true",
          "the ticked value shows as checked")
    narrowed = shown_total(page)
    check(0 < narrowed <= total and narrowed == api_total(page.url), f"the country filter count ({narrowed}) is the API's")
    page.screenshot(path=os.path.join(SHOTS, "search.png"), full_page=True)

    # Drag across the publication histogram.
    page.goto(BASE + "/")
    bars = page.locator('section[data-facet=from] svg.bars a.bar')
    n = bars.count()
    check(n >= 3, f"the publication histogram has bars ({n})")
    page.locator('section[data-facet=from] svg.bars').scroll_into_view_if_needed()
    first = bars.nth(0).locator("rect.hit").bounding_box()
    last = bars.nth(n - 1).locator("rect.hit").bounding_box()
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] / 2, steps=8)
    with page.expect_navigation():
        page.mouse.up()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
    check("from" in query and "to" in query, "dragging sets from and to: " + page.url)
    check(query.get("from", [""])[0] < query.get("to", [""])[0], "the range runs from the first bar to the last")
    check(shown_total(page) == api_total(page.url), "the date range count is the API's")

    # Type-ahead in a long facet list.
    page.goto(BASE + "/")
    box = page.locator('section[data-facet=country] input.typeahead')
    if box.count() and box.is_visible():
        before = page.locator('section[data-facet=country] li:visible').count()
        box.fill("kor")
        after = page.locator('section[data-facet=country] li:visible').count()
        check(0 < after < before, f"typing filters the country list ({before} -> {after})")
    else:
        check(page.locator('section[data-facet=country] li').count() <= 8, "short lists have no type-ahead box")

    # Open an article.
    page.goto(BASE + "/?q=trade")
    page.locator("li.hit h2 a").first.click()
    page.wait_for_load_state()
    check("/article/" in page.url, "a result opens its article page: " + page.url)
    marks = page.locator("article .body mark")
    check(marks.count() > 0, f"the article highlights its mentions ({marks.count()})")
    check(page.locator("mark.country").count() > 0 and page.locator("mark.leader").count() > 0,
          "countries and leaders are highlighted")
    page.screenshot(path=os.path.join(SHOTS, "article.png"))
    link = page.locator("aside.entities a.fv").first
    link.click()
    page.wait_for_load_state()
    check(shown_total(page) >= 1, "an entity link runs a filtered search")

    # Phone width: nothing wider than the screen.
    phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    phone.goto(BASE + "/?q=trade")
    width = phone.evaluate("document.documentElement.scrollWidth")
    check(width <= 390, f"no sideways scrolling at phone width ({width}px)")
    phone.screenshot(path=os.path.join(SHOTS, "search-phone.png"))
    phone.goto(page.url)

    check(not errors, "no script errors: " + "; ".join(errors))
    browser.close()

print(f"browser test: {'FAILED ' + str(len(failures)) if failures else 'passed'}; screenshots in {SHOTS}")
sys.exit(1 if failures else 0)
