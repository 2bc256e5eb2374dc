"""Actors: who is who in an article (countries, organisations, people, agents, coreference)."""

from tocsin.actors.dictionary import ActorDictionary
from tocsin.actors.resolver import ActorResolver

__all__ = ["ActorDictionary", "ActorResolver"]
