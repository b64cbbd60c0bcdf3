"""Root conftest: the claims plugin itself comes from the installed `pytest11` entry point.

Only this project's own test suite needs more: `pytester`, to drive the real plugin
in throwaway directories.
"""

pytest_plugins = ["pytester"]
