"""The project store: every SQL statement of workbench lives in this package.

One project is one SQLite file (WAL, foreign keys on); `Project` is the only way the
rest of the program reads or writes it. Its parts, one module each, are listed in
project.py's docstring.
"""

from workbench.store.connection import SQLITE_VERSION, ProjectBusy, ProjectFileError, transaction
from workbench.store.migrations import SCHEMA_VERSION
from workbench.store.project import Project
from workbench.store.search import SearchError

__all__ = ["SCHEMA_VERSION", "SQLITE_VERSION", "Project", "ProjectBusy", "ProjectFileError", "SearchError", "transaction"]
