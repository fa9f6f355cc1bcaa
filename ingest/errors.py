"""The one error type for input that cannot be loaded."""


class IssueError(Exception):
    """A file that cannot become an issue; the message is the one-line reason."""
