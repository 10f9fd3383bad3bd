"""Text fields of API bodies: surrounding white space is dropped, and blank is not a value."""

from typing import Annotated

from pydantic import StringConstraints

NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
