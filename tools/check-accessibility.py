#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hear what a screen reader gets from Briefing: walks the window's AT-SPI tree
and prints it (role, name, description) to a depth, then lists the controls
and images without an accessible name, names that read badly, and what the
rows of each list on screen read as: the timeline's events (date, place,
headline) and an interview's turns (speaker, words).

Run it inside a D-Bus session and a display; with --program it starts the
accessibility bus and the program, and ends both:

  xvfb-run -a -s '-screen 0 1600x1200x24' dbus-run-session -- \\
    env GSETTINGS_SCHEMA_DIR=build/resources \\
    /usr/bin/python3 tools/check-accessibility.py --program build/briefing

--page 2 presses Alt+2 (the first interview) with xdotool, --keys other keys
first (--keys Down selects the first topic in the sidebar); --activate NAME
runs the AT-SPI action of the control named NAME instead (e.g. "Interview",
the view switcher's button). Without --program it looks at a Briefing already
running on the accessibility bus. Needs python3-pyatspi (and xdotool for
--page and --keys). It reports and asserts nothing: it exits 0 unless the window cannot
be found.

GTK 4.8 sets no SHOWING state (hidden pages are as VISIBLE as shown ones) and
keeps the last area of a page hidden after being shown, so what is on screen
is worked out here: a node without an area is hidden, so is every page of the
view stack but the one whose switcher button is selected, and of each
GtkStack the page that holds the report (the leaflet), a list with rows, or
else an empty-state page, in that order.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time

try:
    import pyatspi
except ImportError:
    sys.exit("check-accessibility.py needs python3-pyatspi and at-spi2-core: "
             "apt-get install python3-pyatspi at-spi2-core (and xdotool for --page and --keys); "
             "run it with Debian's /usr/bin/python3")

# Roles a person operates, which must say what they do.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SCROLL_BAR,
}
if hasattr(pyatspi, "ROLE_SWITCH"):
    CONTROL_ROLES.add(pyatspi.ROLE_SWITCH)
IMAGE_ROLES = {pyatspi.ROLE_IMAGE, pyatspi.ROLE_ICON}
LIST_ROLES = {pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE}

# GTK 4.8 names a widget that has no name by its type: GtkImage, GtkLabel…
FALLBACK_NAME = re.compile(r"^(Gtk|Adw|Briefing)[A-Z][A-Za-z]*$")
VIEW_PAGES = ("BriefingTimelineView", "BriefingInterviewView", "BriefingOverviewPage")


def shorten(text, length=110):
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"


class Node:
    """One accessible, read once: the tree changes under a live program."""

    def __init__(self, accessible, parent=None):
        self.accessible = accessible
        self.parent = parent
        self.hidden = False
        try:
            self.role = accessible.getRole()
            self.role_name = accessible.getRoleName()
            self.raw_name = accessible.name or ""
            self.description = accessible.description or ""
            state = accessible.getState()
            self.states = {s for s in (pyatspi.STATE_SELECTED, pyatspi.STATE_FOCUSED,
                                       pyatspi.STATE_CHECKED, pyatspi.STATE_PRESSED,
                                       pyatspi.STATE_SENSITIVE)
                           if state.contains(s)}
        except Exception:  # gone while being read
            self.role, self.role_name, self.raw_name, self.description = None, "?", "", ""
            self.states = set()
        try:
            box = accessible.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            self.area = box.width > 0 and box.height > 0
        except Exception:
            self.area = True
        self.text = None
        if self.role in (pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING, pyatspi.ROLE_ENTRY,
                         pyatspi.ROLE_TEXT):
            try:
                text = accessible.queryText()
                self.text = text.getText(0, min(text.characterCount, 300))
            except Exception:
                pass
        self.children = []
        try:
            kids = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
        except Exception:
            kids = []
        self.children = [Node(kid, self) for kid in kids if kid is not None]

    @property
    def name(self):
        """The accessible name, or "" where GTK filled in the type name."""
        name = self.raw_name.strip()
        return "" if FALLBACK_NAME.match(name) else name

    def label(self):
        return self.role_name + (f" “{shorten(self.raw_name, 60)}”" if self.raw_name else "")

    def path(self, n=5):
        labels = []
        node = self.parent
        while node is not None and node.parent is not None:
            labels.append(node.label())
            node = node.parent
        return " / ".join(reversed(labels[:n]))

    def walk(self, depth=0):
        yield self, depth
        for child in self.children:
            yield from child.walk(depth + 1)

    def find(self, predicate):
        return next((n for n, _ in self.walk() if predicate(n)), None)


def mark_hidden(node, selected_page):
    """Marks what is not on screen (see the module's comment)."""
    if not node.area and node.parent is not None:
        node.hidden = True
    names = [c.raw_name for c in node.children]
    shown = None
    if any(name in VIEW_PAGES for name in names) and selected_page is not None:
        shown = node.children[selected_page] if selected_page < len(node.children) else None
    elif names.count("GtkStackPage") >= 2:
        for test in (lambda n: n.raw_name == "AdwLeaflet",
                     lambda n: n.role in LIST_ROLES and n.children and
                     any(c.role == pyatspi.ROLE_LIST_ITEM for c in n.children),
                     lambda n: n.role == pyatspi.ROLE_PANEL and n.raw_name.startswith("No ")):
            shown = next((c for c in node.children if c.find(test) is not None), None)
            if shown is not None:
                break
    for child in node.children:
        if node.hidden or (shown is not None and child is not shown):
            child.hidden = True
    for child in node.children:
        mark_hidden(child, selected_page)
        if node.hidden:
            for sub, _ in child.walk():
                sub.hidden = True


def selected_page_index(root):
    """The index of the view stack's page whose switcher button is selected."""
    tabs = root.find(lambda n: n.role == pyatspi.ROLE_PAGE_TAB_LIST and n.area)
    if tabs is None:
        return None, None
    for i, tab in enumerate(tabs.children):
        if pyatspi.STATE_SELECTED in tab.states:
            return i, tab.name
    return None, None


def reads_badly(name):
    """Why a name would sound wrong read out, or None."""
    if re.search(r"(^|\s)_\w", name):
        return "a mnemonic underscore is read out"
    words = name.split()
    half = len(words) // 2
    if half and words[:half] == words[half:]:
        return "the words are said twice"
    if len(words) > 1 and len(words) % 2 == 0 and [w.replace("_", "") for w in words[:half]] == words[half:]:
        return "the words are said twice"
    return None


def print_tree(root, max_depth, all_nodes):
    print(f"## Tree (to depth {max_depth}{'' if all_nodes else ', on screen only'})\n")
    for node, depth in root.walk():
        if depth > max_depth or (node.hidden and not all_nodes):
            continue
        line = "  " * depth + node.role_name
        if node.raw_name and not node.name:
            line += f" [no name: GTK says “{node.raw_name}”]"
        elif node.name:
            line += f" name=“{shorten(node.name)}”"
        if node.description:
            line += f" description=“{shorten(node.description)}”"
        if node.text and node.text != node.name:
            line += f" text=“{shorten(node.text, 60)}”"
        if node.hidden and all_nodes:
            line += " (hidden)"
        print(line)
    print()


def report_problems(root):
    controls, images, bad, items = [], [], [], {}
    for node, _ in root.walk():
        if node.role is None:
            continue
        if node.name and (node.role in CONTROL_ROLES or node.role in IMAGE_ROLES):
            why = reads_badly(node.name)
            if why:
                bad.append((node, why))
        if node.name:
            continue
        if node.role in CONTROL_ROLES:
            controls.append(node)
        elif node.role in IMAGE_ROLES:
            images.append(node)
        elif node.role == pyatspi.ROLE_LIST_ITEM and not node.hidden:
            where = node.parent.label() if node.parent else "?"
            items[where] = items.get(where, 0) + 1

    def show(title, found):
        on_screen = [n for n in found if not n.hidden]
        print(f"## {title}: {len(on_screen)} on screen, {len(found) - len(on_screen)} hidden\n")
        for node in on_screen:
            said = f" (GTK says “{node.raw_name}”)" if node.raw_name else ""
            text = f" text=“{shorten(node.text, 40)}”" if node.text else ""
            print(f"- {node.role_name}{said}{text}\n    in {node.path()}")
        print()

    show("Controls without an accessible name", controls)
    show("Images without an accessible name", images)
    print(f"## Names that read badly: {len(bad)}\n")
    for node, why in bad:
        state = "hidden" if node.hidden else "on screen"
        print(f"- {node.role_name} “{shorten(node.raw_name, 80)}” ({state}): {why}\n"
              f"    in {node.path()}")
    print()
    print("## List items on screen without a name of their own\n")
    for where, n in items.items():
        print(f"- {n} in {where}")
    print()


def report_lists(root, n_rows):
    for lst, _ in root.walk():
        if lst.role not in LIST_ROLES or lst.hidden:
            continue
        rows = [c for c in lst.children if not c.hidden]
        print(f"## Rows of the list “{lst.name}”: {len(rows)} on screen, "
              f"{len(lst.children)} exposed (the rows the list has made)\n")
        for item in rows[:n_rows]:
            marks = [word for word, flag in (("selected", pyatspi.STATE_SELECTED),
                                             ("focused", pyatspi.STATE_FOCUSED))
                     if flag in item.states]
            print(f"- {item.role_name} name=“{shorten(item.name, 200)}”"
                  + (f" [{', '.join(marks)}]" if marks else ""))
            for row in item.children:
                print(f"    {row.role_name} name=“{shorten(row.name, 200)}”"
                      + (f" description=“{shorten(row.description, 120)}”" if row.description else ""))
                # What a reader meets inside the row, in order.
                for sub, _ in row.walk():
                    if sub is row or sub.hidden:
                        continue
                    said = sub.name or sub.text or ""
                    if said:
                        print(f"      {sub.role_name}: “{shorten(said, 100)}”")
        print()


def press(keys):
    """Sends keys to the Briefing window with xdotool."""
    if shutil.which("xdotool") is None:
        print("(xdotool is not installed: cannot press keys)")
        return False
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "briefing"],
                         capture_output=True, text=True).stdout.split()
    if not ids:
        print("(no window found for xdotool)")
        return False
    window = ids[-1]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], capture_output=True)
    subprocess.run(["xdotool", "mousemove", "--window", window, "400", "300"], capture_output=True)
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], capture_output=True)
    return True


def activate(root, name):
    node = root.find(lambda n: n.name == name and n.role in CONTROL_ROLES and n.area)
    if node is None:
        print(f"(no control named “{name}” on screen)")
        return False
    try:
        action = node.accessible.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        print(f"(activating {node.role_name} “{name}”: actions {names})")
        action.doAction(0)
        return True
    except NotImplementedError:
        print(f"({node.role_name} “{name}” has no AT-SPI action)")
        return False


def find_frame(names, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None or (app.name or "").lower() not in names:
                continue
            for k in range(app.childCount):
                frame = app.getChildAtIndex(k)
                if frame is not None and frame.getRole() in (pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW):
                    return app, frame
        time.sleep(0.3)
    return None, None


def wait_for_report(frame, timeout):
    """Until the timeline's list has rows: the report is shown."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        root = Node(frame)
        if root.find(lambda n: n.role == pyatspi.ROLE_LIST and n.name == "Timeline"
                     and n.children):
            return True
        time.sleep(0.5)
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--program", help="start this program (and the accessibility bus) first")
    parser.add_argument("files", nargs="*", help="files for --program to open")
    parser.add_argument("--name", default="briefing", help="the application's name on the bus")
    parser.add_argument("--depth", type=int, default=40, help="depth of the printed tree")
    parser.add_argument("--all", action="store_true", help="print hidden nodes of the tree too")
    parser.add_argument("--rows", type=int, default=4, help="rows of each list to show")
    parser.add_argument("--page", type=int, help="press Alt+PAGE (1 timeline, 2 interview…)")
    parser.add_argument("--keys", help="press these keys first, xdotool's names, space-separated "
                        "(\"Down alt+2\": the first topic, then the interview)")
    parser.add_argument("--activate", help="run the AT-SPI action of the control of this name")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()

    started = []
    try:
        if args.program:
            env = dict(os.environ)
            env.pop("NO_AT_BRIDGE", None)
            env.setdefault("GSETTINGS_BACKEND", "memory")
            started.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher",
                                             "--launch-immediately"],
                                            env=env, stderr=subprocess.DEVNULL))
            time.sleep(1.0)
            started.append(subprocess.Popen([args.program] + args.files, env=env))

        app, frame = find_frame({args.name.lower(), "briefing"}, args.timeout)
        if frame is None:
            print("Briefing's window was not found on the accessibility bus", file=sys.stderr)
            return 1
        if not wait_for_report(frame, args.timeout):
            print("(the timeline never got rows: no report shown?)")
        time.sleep(1.0)

        for keys in (args.keys or "").split():
            press(keys)
            time.sleep(1.0)
        if args.page:
            press(f"alt+{args.page}")
            time.sleep(1.5)
        if args.activate:
            activate(Node(frame), args.activate)
            time.sleep(1.5)

        root = Node(frame)
        index, page = selected_page_index(root)
        mark_hidden(root, index)
        print(f"# {app.name}: window “{frame.name}”, page “{page}”\n")
        print_tree(root, args.depth, args.all)
        report_problems(root)
        report_lists(root, args.rows)
        return 0
    finally:
        for process in reversed(started):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main())
