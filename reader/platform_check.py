"""Before Qt starts on Linux/X11: which system libraries the xcb platform plugin cannot find.

Without them Qt aborts with a core dump and a message that names the plugin, not the library; the reader says in
one line what to install instead. Pure (no Qt import): the plugin is found through the PySide6 package's files.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, if this PySide6 ships one."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will pick the X11 plugin: Linux, an X display, and no other platform asked for."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def parse_ldd(output: str) -> list[str]:
    """The libraries ldd reports as 'not found', in order, once each."""
    missing = []
    for line in output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if rest.strip().startswith("not found") and name not in missing:
            missing.append(name)
    return missing


def missing_libraries(plugin: Path) -> list[str]:
    """System libraries the plugin (and the Qt libraries it loads) cannot find; [] when all are there or ldd is
    not available to tell."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("cannot check %s: %s", plugin, exc)
        return []
    return parse_ldd(result.stdout)


def xcb_problem() -> str:
    """One line for the reader when the window cannot start on X11 for missing libraries ('' when it can)."""
    if not uses_xcb():
        return ""
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    if not missing:
        return ""
    return ("zhreader: the window cannot open: Qt's X11 platform plugin needs system libraries that are not "
            f"installed: {', '.join(missing)} (install them with the system's package manager)")
