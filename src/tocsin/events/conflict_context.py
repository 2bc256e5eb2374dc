"""Parties a war report leaves out, supplied from what is known of its war (its theatre).

Monitors and wires write for readers who know the war: "Aerial bombardment targets Hama
countryside", "Regime forces shell Kafr Nabl", "Clashes in the Eastern Ghouta". An experienced
coder supplies the parties the text leaves out from the war the report comes from; these rules
do the same from ``data/conflicts/theatres.yaml`` (``tocsin.conflicts.theatres``), for acts of
force (ASSAULT) only, and only in a recognised theatre (:mod:`tocsin.events.theatre.core`).
Each rule has its module in :mod:`tocsin.events.theatre`:

* ``theatre.air_power`` (× 0.7, :mod:`~tocsin.events.theatre.air_power`): an attack from the
  air with no attacker is the theatre's air power at that date;
* ``theatre.opponent`` (× 0.7, :mod:`~tocsin.events.theatre.opponent`): an attack with one
  party named gets that party's principal opponent;
* ``theatre.named_enemy`` (× 0.8) and ``theatre.named_party`` (× 0.5,
  :mod:`~tocsin.events.theatre.named`): a party of the war the sentence names though the parse
  did not attach it;
* ``theatre.name`` (:mod:`~tocsin.events.theatre.names`): a theatre's own name for a party;
* ``theatre.armed_group`` (:mod:`~tocsin.events.theatre.armed_groups`): "the factions" of a
  war as its rebels;
* ``theatre.dyad`` (× 0.4, :mod:`~tocsin.events.theatre.dyad`): an act of force naming no
  party is the theatre's principal dyad;
* ``theatre.front_victims`` (× 0.7, :mod:`~tocsin.events.theatre.front_victims`): civilians
  killed by remote force or in the fighting for a place are counted in the fighting between
  the attacker and the place's holders.
* ``theatre.own_side`` (× 0.7, :mod:`~tocsin.events.theatre.own_side`): the state's own
  country, capital or places as the target of its side's act of force are its front opponent;
* ``theatre.holders`` (× 0.7, :mod:`~tocsin.events.theatre.holders`): the side the words say
  holds the place an act of war hit ("shells kill four in *government-held* Aleppo") is its
  target when it names no armed one;
* ``theatre.victims`` (× 0.4, :mod:`~tocsin.events.theatre.victims`): remote force naming
  only civilian victims is fired by the first side of the region's principal dyad; the
  victims stay the target;

An unnamed attacker made by ``unidentified.place`` counts as missing. Each rule is marked in
``evidence.actor_rule`` / ``evidence.recipient_rule`` of the party it supplied. A party given by
code is coded as such ("SYRREB") with ``entry`` ``theatre.<id>``; a named group is its
dictionary entry at that date.
"""

from __future__ import annotations

from tocsin.events.theatre.air_power import AirPower
from tocsin.events.theatre.armed_groups import ArmedGroups
from tocsin.events.theatre.dyad import Dyad
from tocsin.events.theatre.front_victims import FrontVictims
from tocsin.events.theatre.holders import Holders
from tocsin.events.theatre.names import LocalNames
from tocsin.events.theatre.opponent import Opponent
from tocsin.events.theatre.own_side import OwnSide
from tocsin.events.theatre.parties import UNNAMED_RULES, names_a_fighter
from tocsin.events.theatre.victims import RemoteVictims
from tocsin.events.theatre.words import clause_tokens

__all__ = ["UNNAMED_RULES", "ConflictContext", "clause_tokens", "names_a_fighter"]


class ConflictContext(
    AirPower,
    LocalNames,
    ArmedGroups,
    Holders,
    Opponent,
    OwnSide,
    RemoteVictims,
    Dyad,
    FrontVictims,
):
    """The theatres with what is needed to turn their parties into record parties, and the
    rules that supply parties from them."""
