import sqlalchemy as sa

from tocsin.ingest.feedstate import FeedEntryRow, SqlFeedState, Validators


def test_validators_round_trip() -> None:
    state = SqlFeedState(sa.create_engine("sqlite://"))
    assert state.validators("https://f.example/rss") == Validators()
    state.save_validators("https://f.example/rss", Validators('"v1"', None))
    state.save_validators("https://f.example/rss", Validators('"v2"', "Tue, 01 Oct 2024"))
    saved = state.validators("https://f.example/rss")
    assert saved == Validators('"v2"', "Tue, 01 Oct 2024")
    assert saved.request_headers() == {
        "If-None-Match": '"v2"',
        "If-Modified-Since": "Tue, 01 Oct 2024",
    }


def test_seen_entries_are_per_feed_and_idempotent() -> None:
    state = SqlFeedState(sa.create_engine("sqlite://"))
    state.mark_seen("feed-a", "entry-1")
    state.mark_seen("feed-a", "entry-1")
    state.mark_seen("feed-b", "entry-2")
    assert state.seen("feed-a", ["entry-1", "entry-2", "entry-3"]) == {"entry-1"}
    assert state.seen("feed-b", ["entry-1", "entry-2"]) == {"entry-2"}


def test_state_survives_reopening(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    SqlFeedState.open(url).mark_seen("feed", "e1")
    assert SqlFeedState.open(url).seen("feed", ["e1"]) == {"e1"}


def test_forget_before_drops_old_entries() -> None:
    engine = sa.create_engine("sqlite://")
    state = SqlFeedState(engine)
    state.mark_seen("feed", "old")
    state.mark_seen("feed", "new")
    with engine.begin() as connection:
        connection.execute(
            sa.update(FeedEntryRow)
            .where(FeedEntryRow.entry_key == "old")
            .values(seen_at=sa.func.datetime("now", "-40 days"))
        )
    assert state.forget_before(days=30) == 1
    assert state.seen("feed", ["old", "new"]) == {"new"}
