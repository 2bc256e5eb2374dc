from dataclasses import replace

from test_models import make_event
from tocsin.discourse import RULE, DiscourseLinker
from tocsin.models import ActorRef

AZE = ActorRef("Aliyev", "Ilham Aliyev", "AZEGOV", "AZE", "GOV", "person.aliyev")
ARM = ActorRef("Armenia", "Armenia", "ARM", "ARM", None, "country.ARM")
IRN = ActorRef("Iran", "Iran", "IRN", "IRN", None, "country.IRN")


def request(index: int, recipient=ARM):
    return make_event(
        sentence_index=index, event="REQUEST", cameo="10", actor=AZE, recipient=recipient
    )


def threat(index: int, actor=AZE):
    return make_event(
        sentence_index=index, event="THREATEN", cameo="138", actor=actor, recipient=None
    )


def test_recipient_is_carried_to_the_next_sentence() -> None:
    linked = DiscourseLinker().link([request(2), threat(3)])
    assert linked[1].recipient == ARM
    assert linked[1].evidence.recipient_rule == RULE
    assert linked[1].confidence < threat(3).confidence


def test_not_carried_beyond_the_window() -> None:
    linked = DiscourseLinker(window=2).link([request(2), threat(5)])
    assert linked[1].recipient is None


def test_not_carried_to_another_actor() -> None:
    linked = DiscourseLinker().link([request(2), threat(3, actor=IRN)])
    assert linked[1].recipient is None


def test_not_carried_within_the_same_sentence_or_to_undirected_events() -> None:
    mobilise = replace(threat(3), event="MOBILIZE")
    linked = DiscourseLinker().link([request(3), threat(3), request(2), mobilise])
    assert linked[1].recipient is None
    assert linked[3].recipient is None


def test_actor_own_country_is_never_its_recipient() -> None:
    linked = DiscourseLinker().link([request(2, recipient=AZE), threat(3)])
    assert linked[1].recipient is None
