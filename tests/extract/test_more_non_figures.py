"""More numbers that count no people: an aircraft's model ("a C-130"), an amount after a currency
code ("PHP 18.3 million"), a share of disease cases ("2,146 cases …, 612 of them in X"), the second
day of a pair ("on March 7 and 8"), "all but one", and things: small arms, bones, a house."""

import datetime as dt

PUB = dt.date(2025, 10, 2)


def test_models_codes_cases_and_day_pairs(extract):
    text = ("An Mi-17 of the air force flew in supplies and UGX 40 million in cash. Clinics have treated "
            "3,100 cases since 1 September, 420 of them in Arua. Police detained 60 people on September 5 "
            "and 6. Of the 12 boys held, all but one were freed. Rescuers found 41 small arms, one bone "
            "and seven bodies in one house.")
    assert [(f.value, f.measure.value) for f in extract(text, PUB)] == [(60, "captured"), (7, "bodies")]
