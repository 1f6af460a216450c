"""Countries a release is about: gazetteer coverage, name variants, capitals-only matching."""
from __future__ import annotations

import pytest

from feeds.normalise.geo import countries, country_code, gazetteer

ASEAN = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}


def test_gazetteer_covers_un_members_and_asean() -> None:
    codes = set(gazetteer().countries)
    assert len(codes) >= 193
    assert ASEAN <= codes


@pytest.mark.parametrize("text,code", [("Viet Nam", "VN"), ("Vietnam", "VN"), ("Vietnamese farmers", "VN"),
                                       ("Lao PDR", "LA"), ("Laos", "LA"), ("Myanmar", "MM"), ("Burma", "MM"),
                                       ("Timor-Leste", "TL"), ("Côte d'Ivoire", "CI"), ("Cote d'Ivoire", "CI"),
                                       ("the DRC", "CD"), ("Sénégal", "SN"), ("Tchad", "TD"), ("Türkiye", "TR")])
def test_name_variants(text: str, code: str) -> None:
    assert countries("", f"Officials from {text} met.") == (code,)


def test_longest_name_wins_and_lower_case_words_are_not_countries() -> None:
    assert countries("Papua New Guinea and South Sudan", "") == ("PG", "SS")
    assert countries("", "They ate turkey with chad and spoke of us.") == ()
    assert countries("", "Texts in French and English.") == ()


def test_country_codes_from_users() -> None:
    assert country_code("vn") == "VN" and country_code("Viet Nam") == "VN" and country_code("xx") is None


def test_a_name_starts_at_a_capitalised_word_and_may_hold_small_lower_case_words() -> None:
    # only a capitalised word can start a name (the others are passed over unread); small words inside it may
    # be lower case, and a lower-case word before it is no part of it
    assert countries("", "talks in the Democratic Republic of the Congo and in guinea") == ("CD",)
    assert countries("", "aid to the republic of the Congo arrived; Bosnia and Herzegovina and Papua New Guinea") \
        == ("BA", "PG")
    assert countries("", "new guinea, papua New Guinea, viet Nam") == ("GN",)     # "Guinea" alone is a name
