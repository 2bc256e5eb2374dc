import pytest

from tocsin.clean.boilerplate import BoilerplateFilter


@pytest.fixture(scope="module")
def rules() -> BoilerplateFilter:
    return BoilerplateFilter.load()


@pytest.mark.parametrize(
    "line",
    [
        "Foreign Minister Jane Doe (Ministry Photo by John Smith/ Public Domain)",
        "Smoke over the harbour (AP Photo/Jane Roe)",
        "Delegates at the summit (file photo)",
        "Get the Mirror in your inbox:",
        "Get the Mirror-Spectator Weekly in your inbox:",
        "Get our daily briefing in your inbox",
        "Sign up for our free newsletter today",
        "Share this article",
        "Share on Facebook Twitter Email",
        "Advertisement",
        "Read more: Talks collapse in Geneva",
        "© 2023 Example News Ltd. All rights reserved.",
        "Photo: troops near the border (Reuters)",
        "Follow us on Telegram",
    ],
)
def test_furniture_lines_are_dropped(rules: BoilerplateFilter, line: str) -> None:
    assert rules.match(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Troops shelled the village, killing three civilians, officials said.",
        "The photo shows soldiers crossing the river, the ministry said.",
        "Lawmakers pressed the minister on possible sanctions.",
        "Share prices in Baku fell sharply after the announcement.",
        # a headline's label of what comes with it is no credit
        "Militants ambush an army patrol near the border crossing (video)",
        "Drones strike a depot outside the port city (photos and video included)",
        "The newsletter's editor was detained by police on Monday.",
        "",
    ],
)
def test_reporting_lines_are_kept(rules: BoilerplateFilter, line: str) -> None:
    assert rules.match(line) is None
