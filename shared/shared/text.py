"""Text fields of API bodies: surrounding white space is dropped, and blank is not a value."""

from typing import Annotated

from pydantic import StringConstraints

NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# An e-mail address as people type it (one @, a dot in the domain); deliverability is the mail
# server's to tell.
Email = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
]
