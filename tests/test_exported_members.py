"""The public front door: everything in __all__ exists and nothing public is missing from it."""

import unspun


def test_all_names_are_importable() -> None:
    for name in unspun.__all__:
        assert hasattr(unspun, name), name


def test_public_attributes_are_listed_in_all() -> None:
    public = {n for n in dir(unspun) if not n.startswith("_") and not isinstance(getattr(unspun, n), type(unspun))}
    assert public - set(unspun.__all__) == set()


def test_version_comes_from_package_metadata() -> None:
    from importlib.metadata import version

    assert unspun.__version__ == version("unspun")
