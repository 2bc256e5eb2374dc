from tocsin.errors import BinaryInputError
from tocsin.ingest.problems import Problem, ProblemLog, ProblemReporter


def test_problem_line_names_input_and_code() -> None:
    problem = Problem.from_error("data/a.txt", BinaryInputError("data/a.txt: binary data"))
    assert str(problem) == "error: data/a.txt: [E102] binary data"
    assert str(Problem("feed.xml", "malformed feed", False)) == "warning: feed.xml: malformed feed"


def test_reporter_counts_and_writes() -> None:
    lines: list[str] = []
    reporter = ProblemReporter(lines.append)
    reporter(Problem("a", "bad", True))
    reporter(Problem("b", "odd", False))
    assert (reporter.errors, reporter.warnings) == (1, 1) and len(lines) == 2


def test_log_splits_errors_and_warnings() -> None:
    log = ProblemLog()
    log(Problem("a", "bad", True))
    log(Problem("b", "odd", False))
    assert [p.origin for p in log.errors] == ["a"] and [p.origin for p in log.warnings] == ["b"]
