"""Render a brief as one self-contained HTML page (no external assets), with a timeline picture."""

from __future__ import annotations

from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape

from heuer.report.brief import BriefData, TimelineItem

_ENV = Environment(loader=PackageLoader("heuer.report", "templates"), autoescape=select_autoescape(["html", "j2"]))


def timeline_svg(items: list[TimelineItem], width: int = 900) -> str | None:
    """A horizontal time axis with one marker (or bar, for a date range) per event."""
    if not items:
        return None
    first = min(t.start for t in items)
    last = max((t.end or t.start) for t in items)
    days = max((last - first).days, 1)
    left, right, row_h = 20, width - 20, 22

    def x(d: date) -> float:
        return left + (right - left) * (d - first).days / days

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{40 + row_h * len(items)}" '
             f'role="img" aria-label="timeline of {len(items)} events">',
             f'<line x1="{left}" y1="20" x2="{right}" y2="20" stroke="#555"/>',
             f'<text x="{left}" y="14" font-size="11">{first.isoformat()}</text>',
             f'<text x="{right}" y="14" font-size="11" text-anchor="end">{last.isoformat()}</text>']
    for row, t in enumerate(items):
        y = 40 + row * row_h
        x0 = x(t.start)
        x1 = x(t.end) if t.end and t.end > t.start else x0
        parts.append(f'<line x1="{x0:.1f}" y1="20" x2="{x0:.1f}" y2="{y - 6}" stroke="#bbb" stroke-dasharray="2,2"/>')
        parts.append(f'<rect x="{x0 - 4:.1f}" y="{y - 10}" width="{max(x1 - x0, 0) + 8:.1f}" height="8" rx="4" fill="#1f77b4"/>')
        label = (t.text[:90] + "…") if len(t.text) > 90 else t.text
        anchor = "end" if x0 > width * 0.6 else "start"
        tx = x0 - 8 if anchor == "end" else x1 + 8
        parts.append(f'<text x="{tx:.1f}" y="{y - 2}" font-size="11" text-anchor="{anchor}">'
                     f'{t.start.isoformat()} {_escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_html(data: BriefData) -> str:
    from markupsafe import Markup

    svg = timeline_svg(data.timeline)
    return _ENV.get_template("brief.html.j2").render(data=data, timeline_svg=Markup(svg) if svg else None)
