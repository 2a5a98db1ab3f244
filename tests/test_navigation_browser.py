"""The navigation drawer on a phone's screen: out of the tab order while closed, opened and
closed from the keyboard by a named menu button, only the level that shows takes the focus, and
its title goes back up (menu.mjs, extra.css); axe-clean both ways."""

from __future__ import annotations

import pytest

from tests.conftest import Tab
from tests.helpers import axe_violations, describe, wait_until

pytestmark = pytest.mark.browser

PAGE = "deel-4/regie-inburgering/"
PHONE = {"width": 412, "height": 823}
BUTTON = "button.menu-knop"
DRAWER_IS = "(open) => document.getElementById('__drawer').checked === open"
# What has the focus: in the drawer or not, is it on the screen and on top (not covered by
# another level of the drawer), its name.
FOCUSED = """() => {
  const e = document.activeElement;
  const r = e.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {
    inDrawer: !!e.closest('.md-sidebar--primary'),
    onScreen: r.right > 0 && r.left < innerWidth && r.width > 0,
    seen: !!top && (top === e || e.contains(top)),
    name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40),
    tag: e.tagName,
  };
}"""
TAB_STOPS = 12
# The drawer and its levels slide (0.25 s): what is seen is judged once they stand still.
STILL = "() => !document.getAnimations().some((a) => a.playState === 'running')"


def _on_a_phone(tab: Tab, path: str = PAGE) -> None:
    tab.page.set_viewport_size(PHONE)  # type: ignore[attr-defined]
    tab.goto(path)
    tab.page.wait_for_selector(BUTTON)  # type: ignore[attr-defined]


def _tab_stops(tab: Tab, count: int) -> list[dict[str, object]]:
    stops = []
    for _ in range(count):
        tab.page.keyboard.press("Tab")  # type: ignore[attr-defined]
        stops.append(tab.page.evaluate(FOCUSED))  # type: ignore[attr-defined]
    return stops


def test_the_closed_drawer_is_out_of_the_tab_order_and_the_menu_button_is_in_it(tab: Tab) -> None:
    _on_a_phone(tab)
    stops = _tab_stops(tab, TAB_STOPS)
    assert not [s for s in stops if s["inDrawer"]], stops
    buttons = [s for s in stops if s["name"] == "Navigatiemenu"]
    assert buttons and buttons[0]["tag"] == "BUTTON" and buttons[0]["onScreen"], stops
    assert tab.page.get_attribute(BUTTON, "aria-expanded") == "false"  # type: ignore[attr-defined]
    # Material's label is still there for nothing: hidden, so it is not shown twice.
    assert not tab.page.locator(".md-header label[for='__drawer']").is_visible()  # type: ignore[attr-defined]
    violations = axe_violations(tab.page)
    assert not violations, describe(violations)
    assert not tab.console_errors, tab.console_errors
    assert not tab.csp_violations, tab.csp_violations


def test_the_keyboard_opens_the_drawer_reaches_its_links_and_closes_it(tab: Tab) -> None:
    _on_a_phone(tab)
    page = tab.page
    page.focus(BUTTON)  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, True)
    wait_until(page, STILL)
    assert page.get_attribute(BUTTON, "aria-expanded") == "true"  # type: ignore[attr-defined]
    controls = page.get_attribute(BUTTON, "aria-controls")  # type: ignore[attr-defined]
    assert page.locator(f"#{controls}.md-nav--primary").count() == 1  # type: ignore[attr-defined]
    # It opens at the page's own level (Deel 4); every stop in it can be seen.
    in_drawer = [s for s in _tab_stops(tab, TAB_STOPS) if s["inDrawer"]]
    assert in_drawer and all(s["onScreen"] and s["seen"] for s in in_drawer), in_drawer
    assert any(s["name"].startswith("Onderwijs (vraag 17") for s in in_drawer), in_drawer
    assert "Home" not in [s["name"] for s in in_drawer], in_drawer  # a level up: covered
    violations = axe_violations(page)
    assert not violations, describe(violations)

    # The level's title goes back up, from the keyboard; the focus lands where the level opened.
    page.focus("label.md-nav__title[for='__nav_5_5']")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, "() => !document.getElementById('__nav_5_5').checked")
    wait_until(page, STILL)
    landed = page.evaluate(FOCUSED)  # type: ignore[attr-defined]
    assert landed["inDrawer"] and landed["seen"] and "Deel 4" in landed["name"], landed
    up = [s for s in _tab_stops(tab, 4) if s["inDrawer"]]
    assert up and all(s["seen"] for s in up), up

    # Up to the top level; a top section (which Material leaves without a tab stop, as on a wide
    # screen it is always open) opens from the keyboard like any other level.
    page.focus("label.md-nav__title[for='__nav_5']")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, "() => !document.getElementById('__nav_5').checked")
    wait_until(page, STILL)
    opener = "label.md-nav__link[for='__nav_3']"
    assert page.eval_on_selector(opener, "label => label.tabIndex") == 0  # type: ignore[attr-defined]
    page.focus(opener)  # type: ignore[attr-defined]
    assert page.evaluate(FOCUSED)["seen"]  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, "() => document.getElementById('__nav_3').checked")
    wait_until(page, STILL)
    section = [s for s in _tab_stops(tab, 4) if s["inDrawer"]]
    assert section and all(s["seen"] for s in section), section
    assert "Wie en wanneer" in [s["name"] for s in section], section

    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, False)
    assert page.evaluate(FOCUSED)["name"] == "Navigatiemenu"  # type: ignore[attr-defined]
    assert page.get_attribute(BUTTON, "aria-expanded") == "false"  # type: ignore[attr-defined]
    page.keyboard.press(" ")  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, True)
    # Material's overlay still closes it, and the button says so.
    page.click(".md-overlay", position={"x": PHONE["width"] - 20, "y": 400})  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, False)
    assert page.get_attribute(BUTTON, "aria-expanded") == "false"  # type: ignore[attr-defined]


def test_instant_navigation_keeps_one_menu_button_that_controls_the_new_page(tab: Tab) -> None:
    _on_a_phone(tab)
    page = tab.page
    page.locator(".md-footer__link--next").click()  # type: ignore[attr-defined]
    # The new page is in, and the menu button's target with it (right after the swap, the button
    # may still name the old page's navigation for a moment: a race, not the state to test).
    wait_until(
        page,
        """(button) => {
            const id = document.querySelector(button)?.getAttribute("aria-controls");
            return location.pathname.endsWith("/deel-4/onderwijs/")
                && document.querySelector(".md-nav--primary[id]") && id
                && document.getElementById(id);
        }""",
        BUTTON,
    )
    assert page.locator(BUTTON).count() == 1  # type: ignore[attr-defined]
    controls = page.get_attribute(BUTTON, "aria-controls")  # type: ignore[attr-defined]
    assert page.locator(f"#{controls}").count() == 1  # type: ignore[attr-defined]
    stops = _tab_stops(tab, TAB_STOPS)
    assert not [s for s in stops if s["inDrawer"]], stops


def test_on_a_wide_screen_the_navigation_shows_and_the_menu_button_does_not(tab: Tab) -> None:
    tab.page.set_viewport_size({"width": 1400, "height": 900})  # type: ignore[attr-defined]
    tab.goto(PAGE)
    tab.page.wait_for_selector(BUTTON, state="attached")  # type: ignore[attr-defined]
    assert not tab.page.locator(BUTTON).is_visible()  # type: ignore[attr-defined]
    assert tab.page.locator(".md-sidebar--primary a.md-nav__link").first.is_visible()  # type: ignore[attr-defined]
    stops = _tab_stops(tab, TAB_STOPS)
    assert [s for s in stops if s["inDrawer"]], stops
    # The top sections are always open here: their labels stay without a tab stop (Material's).
    opener = "label.md-nav__link[for='__nav_5']"
    assert tab.page.get_attribute(opener, "tabindex") == ""  # type: ignore[attr-defined]
    # Narrowed to a phone's width (a window made narrow, or zoomed in) they become levels.
    tab.page.set_viewport_size(PHONE)  # type: ignore[attr-defined]
    wait_until(tab.page, "(s) => document.querySelector(s).tabIndex === 0", opener)
    tab.page.set_viewport_size({"width": 1400, "height": 900})  # type: ignore[attr-defined]
    wait_until(tab.page, "(s) => document.querySelector(s).getAttribute('tabindex') === ''", opener)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_link_with_the_focus_or_under_the_pointer_keeps_its_contrast(
    tab: Tab, scheme: str
) -> None:
    """Material colours such a link with its accent, too light on white and too dark on slate;
    extra.css sets an accent that passes in each theme."""
    tab.page.emulate_media(color_scheme=scheme)  # type: ignore[attr-defined]
    tab.goto(PAGE)
    page = tab.page
    links = page.locator("article p a[href^='http']:visible")  # not in a folded notice  # type: ignore[attr-defined]
    links.nth(0).focus()
    links.nth(1).hover()
    state = page.evaluate(  # type: ignore[attr-defined]
        "() => [document.activeElement.matches('article a'), "
        "!!document.querySelector('article a:hover')]"
    )
    assert state == [True, True]
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_the_open_drawer_passes_axe_in_the_dark_theme_too(tab: Tab) -> None:
    tab.page.emulate_media(color_scheme="dark")  # type: ignore[attr-defined]
    _on_a_phone(tab, "rekenhulpen/termijnen/")
    page = tab.page
    page.focus(BUTTON)  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, True)
    wait_until(page, STILL)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"  # type: ignore[attr-defined]
    violations = axe_violations(page)
    assert not violations, describe(violations)


SMALL_PHONE = {"width": 390, "height": 844}
L, R = "\u2018", "\u2019"  # the Dutch quotes around a name
# Every label that opens a level of the drawer (Material's arrows, a section's label, the
# page's table of contents), with its name and the visible name of its level.
OPENERS = """() => [...document.querySelectorAll(
    '.md-nav--primary label.md-nav__link[for]:not([for="__drawer"])')].map((label) => {
  const a = label.closest('.md-nav__container')?.querySelector(':scope > a');
  // The name a screen reader reads: the label's whole text (menu.mjs adds hidden words; a
  // <label> may not carry aria-label). What shows: the text without those words.
  const own = [...label.childNodes].filter((n) => !n.classList?.contains('visueel-verborgen'))
    .map((n) => n.textContent).join('').trim();
  return {
    for: label.htmlFor,
    name: label.textContent.replace(/\\s+/g, ' ').trim(),
    visible: (own || a?.textContent || '').replace(/\\s+/g, ' ').trim(),
    ariaLabel: label.hasAttribute('aria-label'),
  };
})"""
# Where the focus is: inside the level that toggle `id` opens, on the screen and not covered.
FOCUS_IN_LEVEL = """(id) => {
  const level = document.getElementById(id)?.parentElement.querySelector(':scope > nav');
  const e = document.activeElement;
  if (!level || !level.contains(e)) return false;
  const r = e.getBoundingClientRect();
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const name = e.textContent.replace(/\\s+/g, ' ').trim();
  return !!top && (top === e || e.contains(top)) ? name || true : false;
}"""


def _open_drawer(tab: Tab) -> None:
    page = tab.page
    page.focus(BUTTON)  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, DRAWER_IS, True)
    wait_until(page, STILL)


def test_every_level_toggle_in_the_drawer_has_a_name(tab: Tab) -> None:
    tab.page.set_viewport_size(SMALL_PHONE)  # type: ignore[attr-defined]
    tab.goto(PAGE)
    tab.page.wait_for_selector(BUTTON)  # type: ignore[attr-defined]
    _open_drawer(tab)
    openers = tab.page.evaluate(OPENERS)  # type: ignore[attr-defined]
    assert len(openers) >= 8, openers  # the sections, the parts of the factsheet, the contents
    for opener in openers:
        # Named after its level, its visible text in its name (WCAG 2.5.3).
        assert opener["visible"] and opener["name"].startswith("Open "), opener
        assert not opener["ariaLabel"], opener  # not allowed on a <label> (axe)
        assert f"{L}{opener['visible']}{R}" in opener["name"], opener
    names = {o["for"]: o["name"] for o in openers}
    assert names["__nav_3"] == f"Open het menu {L}Wet inburgering 2021{R}"
    assert names["__toc"].startswith(f"Open de inhoud van {L}Regie gemeente op inburgering")
    # The level's landmark has the section's name, not the opener's "Open ...".
    label = tab.page.evaluate(  # type: ignore[attr-defined]
        "() => document.getElementById('__nav_3').parentElement"
        ".querySelector(':scope > nav').getAttribute('aria-label')"
    )
    assert label == "Wet inburgering 2021"


def test_an_opened_level_takes_the_focus_from_the_keyboard_and_by_a_click(tab: Tab) -> None:
    tab.page.set_viewport_size(SMALL_PHONE)  # type: ignore[attr-defined]
    tab.goto(PAGE)
    page = tab.page
    page.wait_for_selector(BUTTON)  # type: ignore[attr-defined]
    _open_drawer(tab)
    # By a click: the page's table of contents, in the level that shows (Deel 4).
    page.click("label.md-nav__link[for='__toc']")  # type: ignore[attr-defined]
    wait_until(page, "() => document.getElementById('__toc').checked")
    wait_until(page, STILL)
    landed = wait_until(page, FOCUS_IN_LEVEL, "__toc")
    assert landed == f"Terug uit het menu {L}Inhoudsopgave{R}", landed
    violations = axe_violations(page)
    assert not violations, describe(violations)
    # Back up from the keyboard: the focus returns to the label that opened the contents.
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, "() => !document.getElementById('__toc').checked")
    assert page.evaluate("document.activeElement.htmlFor") == "__toc"  # type: ignore[attr-defined]
    # Up to the top level, then a section opened from the keyboard.
    for level in ("__nav_5_5", "__nav_5"):
        page.click(f"label.md-nav__title[for='{level}']")  # type: ignore[attr-defined]
        wait_until(page, "(id) => !document.getElementById(id).checked", level)
    wait_until(page, STILL)
    page.focus("label.md-nav__link[for='__nav_3']")  # type: ignore[attr-defined]
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    wait_until(page, "() => document.getElementById('__nav_3').checked")
    wait_until(page, STILL)
    landed = wait_until(page, FOCUS_IN_LEVEL, "__nav_3")
    assert landed == f"Terug uit het menu {L}Wet inburgering 2021{R}", landed
    # The next stop is the level's first link.
    page.keyboard.press("Tab")  # type: ignore[attr-defined]
    assert page.evaluate(FOCUSED)["name"] == "Wie en wanneer"  # type: ignore[attr-defined]
    violations = axe_violations(page)
    assert not violations, describe(violations)
    assert not tab.console_errors, tab.console_errors
    assert not tab.csp_violations, tab.csp_violations
