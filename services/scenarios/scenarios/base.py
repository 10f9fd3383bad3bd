"""Declarative base of scenarios's own database."""

from shared.db import new_metadata
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    metadata = new_metadata()
