"""The exception hierarchy: every error carries a message a user can act on.

    MarsadError
     ├── InputError        a file or record could not be read (bad encoding, binary, truncated)
     ├── StoreError        the SQLite store is missing, locked or from a newer schema
     ├── KnowledgeBaseError a knowledge-base or lexicon file is malformed
     └── ModelError        a trained model is missing or incompatible
"""


class MarsadError(Exception):
    """Base class for errors marsad reports to users."""


class InputError(MarsadError):
    """A source file or record could not be read; the batch goes on without it."""


class StoreError(MarsadError):
    """The store cannot be opened or written."""


class KnowledgeBaseError(MarsadError):
    """A knowledge-base, lexicon or overlay file is malformed."""


class ModelError(MarsadError):
    """A trained model is missing or cannot be loaded."""
