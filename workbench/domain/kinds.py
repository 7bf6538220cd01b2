"""The kinds of row a workspace holds, named once: change records, views and analyses compare members of
this enum, never strings, so a misspelt kind fails where it is written instead of silently matching nothing."""

from __future__ import annotations

from enum import StrEnum


class EntityKind(StrEnum):
    """Every kind of row a change record can name. The values are the names the file and the messages
    already use (``No site with the id 4``), so a kind reads the same in a report, a log and a test."""

    PROGRAMME = "programme"
    CLUSTER = "cluster"
    SITE = "site"
    SUPPLY = "supply"
    BILL = "bill"
    DELIVERY = "delivery"
    EQUIPMENT = "equipment"
    MEASURE = "measure"
    ATTACHMENT = "attachment"
    SITE_PHOTO = "site_photo"
    LOAD_CURVE = "load_curve"  # id: the supply's; fields: (register name,) when one register changed
    PV_STUDY = "pv_study"  # id: the supply's
    # Rows of no entity class: their records name no entity id (see each producer for what ``id`` holds).
    FACTOR_OVERRIDE = "factor_override"  # id: the scope's id (1 for the programme); fields: ("scope:key",)
    IMPORT_PROFILE = "import_profile"  # id 0; fields: (profile name,)
    IMPORT_LAYOUT = "import_layout"  # id 0; fields: (header signature,)
