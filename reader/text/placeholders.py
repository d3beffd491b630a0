"""A template's placeholder ('{{ t('about.title') }}', '${page.title}') stands where a page's words will go."""

from __future__ import annotations


from reader.text.lazyre import lazy

# One or more template expressions and nothing else: Vue/Jinja '{{ … }}', Jinja/Django '{% … %}', JSP/ES '${…}'. Each
# alternative opens on its own mark and stops at the next brace, so a title is read once.
_PLACEHOLDERS = lazy(r"[ \t]*(?:(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\})[ \t]*)+")


def placeholder_only(text: str) -> bool:
    """'{{ t('about.menuCommunityGuidelines') }}' as a page's <title>: a template saved from its source names no
    title, its script fills one in at run time; the heading the page shows is the title a reader sees."""
    return _PLACEHOLDERS.fullmatch(text) is not None
