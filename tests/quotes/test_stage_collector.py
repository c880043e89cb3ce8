"""The quotes stage pauses Python's cycle collector while its rules run and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(analyse, enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        a = analyse('Vote\n"We will win," said Mayor Ada Brandt.')
        assert a.quotes and a.quotes[0].speaker.name == "Ada Brandt"
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_loaded_pipeline_is_kept_out_of_full_collections(analyse) -> None:
    # loading the pipeline moves what is alive then to the collector's permanent generation
    analyse('Vote\n"We will win," said Mayor Ada Brandt.')
    assert gc.get_freeze_count() > 0
