"""Plain text out of article HTML."""

import html

import nh3


def plain_text(body_html: str) -> str:
    return html.unescape(nh3.clean(body_html.replace("</p>", "</p>\n"), tags=set()))
