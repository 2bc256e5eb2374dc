"""The rules of the war-theatre layer, one module each, over a shared core.

* :mod:`~tocsin.events.theatre.core`: the theatre and region of an event, a theatre's party as
  a record party, the kinds of act the rules tell apart;
* :mod:`~tocsin.events.theatre.words`: phrases among tokens, the clause of an event word;
* :mod:`~tocsin.events.theatre.parties`: missing parties, parties named as fighters;
* :mod:`~tocsin.events.theatre.air_power`: ``theatre.air_power``;
* :mod:`~tocsin.events.theatre.names`: ``theatre.name``;
* :mod:`~tocsin.events.theatre.armed_groups`: ``theatre.armed_group``;
* :mod:`~tocsin.events.theatre.named`: ``theatre.named_enemy``, ``theatre.named_party``;
* :mod:`~tocsin.events.theatre.opponent`: ``theatre.opponent``;
* :mod:`~tocsin.events.theatre.dyad`: ``theatre.dyad``;
* :mod:`~tocsin.events.theatre.front_victims`: ``theatre.front_victims``.

:class:`tocsin.events.conflict_context.ConflictContext` brings them together.
"""
