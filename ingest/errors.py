"""The one error type for input that cannot be loaded."""


class IssueError(Exception):
    """A file that cannot become an issue; the message is the one-line reason."""


class NotPublished(Exception):
    """A dated issue that its source has not published yet: not a failure, try again later."""
