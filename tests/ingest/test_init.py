import tocsin.ingest


def test_public_api_is_importable_and_listed() -> None:
    for name in tocsin.ingest.__all__:
        assert getattr(tocsin.ingest, name) is not None
    assert {"iter_documents", "Problem", "NearDuplicateIndex", "SafeFetcher"} <= set(
        tocsin.ingest.__all__
    )
