"""An e-mail draft (.eml) holding the report: HTML body, PDF attached, marked unsent."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate


def email_draft(
    subject: str, html: str, text: str, pdf: bytes | None = None, pdf_name: str = "report.pdf"
) -> bytes:
    """The draft's bytes. ``X-Unsent: 1`` makes mail programs open it as a new message."""
    message = EmailMessage()
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    if pdf is not None:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message.as_bytes(policy=SMTP)
