"""Amounts: kinds, values, units, qualifiers, objects, and what is not an amount."""

from __future__ import annotations

import pytest

from transforms.amounts import extract_amounts


def only(text: str) -> tuple:
    found = extract_amounts(text)
    assert len(found) == 1, found
    a = found[0]
    assert text[a.start : a.end] == a.text
    return (a.text, a.kind, a.value, a.value_high, a.unit, a.qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a $1.5 trillion bill", ("$1.5 trillion", "money", 1.5e12, None, "USD", None)),
        ("more than $4 billion in aid", ("$4 billion", "money", 4e9, None, "USD", "more than")),
        ("it paid £600m for it", ("£600m", "money", 6e8, None, "GBP", None)),
        ("worth €2.5bn now", ("€2.5bn", "money", 2.5e9, None, "EUR", None)),
        ("sold for US$30m", ("US$30m", "money", 3e7, None, "USD", None)),
        ("an A$12 fee", ("A$12", "money", 12.0, None, "AUD", None)),
        ("costs 5 million euros", ("5 million euros", "money", 5e6, None, "EUR", None)),
        ("about 300 yen each", ("300 yen", "money", 300.0, None, "JPY", "about")),
        ("a 20p rise", ("20p", "money", 0.2, None, "GBP", None)),
        ("raised $2-3bn", ("$2-3bn", "money", 2e9, 3e9, "USD", None)),
        # currency signs written after the number
        ("lend me 100,000 ரூ today", ("100,000 ரூ", "money", 1e5, None, "LKR", None)),
        ("a 100元 note", ("100元", "money", 100.0, None, "CNY", None)),
        # currencies of Africa, Asia and the Gulf, by word, code or sign
        ("lost 30bn baht in earnings", ("30bn baht", "money", 3e10, None, "THB", None)),
        ("for 205 riyals apiece", ("205 riyals", "money", 205.0, None, "SAR", None)),
        (
            "a 20 million Egyptian pounds loan",
            ("20 million Egyptian pounds", "money", 2e7, None, "EGP", None),
        ),
        ("it cost KSh 5 million", ("KSh 5 million", "money", 5e6, None, "KES", None)),
        ("fined 2,000 cedis", ("2,000 cedis", "money", 2000.0, None, "GHS", None)),
        # the dollar's country after the sign; Indian scales
        ("it cost $US5 million", ("$US5 million", "money", 5e6, None, "USD", None)),
        ("worth $A2.5bn now", ("$A2.5bn", "money", 2.5e9, None, "AUD", None)),
        ("losses of Rs 1.2 lakh crore", ("Rs 1.2 lakh crore", "money", 1.2e12, None, "INR", None)),
        # the rand's and the Kenyan shilling's letters, with a scale or thousands written
        ("Eskom needs R2.5 billion", ("R2.5 billion", "money", 2.5e9, None, "ZAR", None)),
        ("a budget of Sh1.5 billion", ("Sh1.5 billion", "money", 1.5e9, None, "KES", None)),
        # basis points, in percent
        (
            "rates rose by 75 basis points",
            ("75 basis points", "percent", 0.75, None, "percent", None),
        ),
        ("spreads widened 50-75 bps", ("50-75 bps", "percent", 0.5, 0.75, "percent", None)),
        # the naira's letter, with a scale or thousands written
        ("the N28.7 trillion budget", ("N28.7 trillion", "money", 2.87e13, None, "NGN", None)),
        ("N5,000 buys little", ("N5,000", "money", 5000.0, None, "NGN", None)),
        ("petrol sells at N617 a litre", ("N617", "money", 617.0, None, "NGN", None)),
        ("the coast guard gets P1.2 billion", ("P1.2 billion", "money", 1.2e9, None, "PHP", None)),
        ("it traded at N460 to the dollar", ("N460", "money", 460.0, None, "NGN", None)),
        # spoken money: the trailing number is the next smaller unit
        (
            "it was thirteen dollars forty five.",
            ("thirteen dollars forty five", "money", 13.45, None, "USD", None),
        ),
        ("it cost one dollar and two.", ("one dollar and two", "money", 1.02, None, "USD", None)),
        ("they paid one kuai five.", ("one kuai five", "money", 1.5, None, "CNY", None)),
        (
            "it may need one kuai and five mao five.",
            ("one kuai and five mao five", "money", 1.55, None, "CNY", None),
        ),
        ("a bowl is 3 yuan 5 mao here", ("3 yuan 5 mao", "money", 3.5, None, "CNY", None)),
        ("fell 12% on Monday", ("12%", "percent", 12.0, None, "percent", None)),
        ("up 4.5 per cent", ("4.5 per cent", "percent", 4.5, None, "percent", None)),
        ("a 24-hour ceasefire", ("24-hour", "duration", 24.0, None, "hour", None)),
        ("for the next six months", ("six months", "duration", 6.0, None, "month", None)),
        (
            "nearly two and a half years",
            ("two and a half years", "duration", 2.5, None, "year", "nearly"),
        ),
        ("a 45-year-old man", ("45-year-old", "age", 45.0, None, "year", None)),
        ("a 120 km route", ("120 km", "quantity", 120.0, None, "kilometre", None)),
        ("pumped 2 million barrels", ("2 million barrels", "quantity", 2e6, None, "barrel", None)),
    ],
)
def test_amount(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nurses wore N95 masks.",
        "Traffic was slow on the N1 road.",
        "The R5 engine.",
        "The N1 a day later.",
        "He handed in his P45 form.",
        "We took the N21 to the airport.",
    ],
)
def test_a_capital_n_before_a_plain_number_is_no_naira(text: str) -> None:
    assert [a for a in extract_amounts(text) if a.kind == "money"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ISLAMABAD: The court imposed a fine of Rs787 million on Pakistan's ex-premier.", "PKR"),
        ("Banks in Colombo lent 25bn rupees. Sri Lanka's central bank agreed.", "LKR"),
        ("Kampala: Uganda will raise 63 billion shillings from the levy.", "UGX"),
        ("Buenos Aires: the firm will invest 400m pesos in Argentina.", "ARS"),
        ("Botswana's budget gives P3 billion to health.", "BWP"),
        # the country of the most common currency of the name, or none: that one
        ("Nairobi: Kenya will raise 63 billion shillings.", "KES"),
        ("The firm will invest 400m pesos.", "MXN"),
        # written with its country, the currency is that one wherever the article is
        ("In Karachi the deal worth 500 crore Indian rupees failed.", "INR"),
        ("In Karachi the deal worth ₹500 crore failed.", "INR"),
    ],
)
def test_a_currency_several_countries_name_alike_is_the_one_of_the_country_spoken_of(
    text: str, unit: str
) -> None:
    assert [a.unit for a in extract_amounts(text) if a.kind == "money"] == [unit]


def test_shillings_with_no_country_that_pays_in_them_are_no_money() -> None:
    text = "They bought the land from King George III of England for 20 shillings."
    assert [a.kind for a in extract_amounts(text)] == ["count"]


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("five dollars and two more for delivery", [5.0]),
        ("Mao met two leaders in Beijing", []),
        ("he paid 500 dollars and 2,000 euros.", [500.0, 2000.0]),
    ],
)
def test_spoken_smaller_units_need_a_clause_end_or_their_unit_word(
    text: str, money: list[float]
) -> None:
    assert [a.value for a in extract_amounts(text) if a.kind == "money"] == money


def test_two_currencies_side_by_side_are_two_amounts() -> None:
    found = extract_amounts("profit rose to $1.13bn (£600m) in the year")
    assert [(a.text, a.unit, a.value) for a in found] == [
        ("$1.13bn", "USD", 1.13e9),
        ("£600m", "GBP", 6e8),
    ]


def test_a_range_written_in_full_is_two_mentions_the_first_carrying_the_upper_end() -> None:
    found = extract_amounts("growth of between 5% and 7% a year, prices of £6-£10")
    assert [(a.text, a.value, a.value_high, a.qualifier) for a in found] == [
        ("5%", 5.0, 7.0, "between"),
        ("7%", 7.0, None, None),
        ("£6", 6.0, 10.0, None),
        ("£10", 10.0, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "tax was cut from 30% to 29%",  # a change downwards
        "prices rose by 3% and 1.2% in the two regions respectively",
        "Mr Hale leads by 46 percent to 42 percent",
        "records at 3km, 5km and 10km",
    ],
)
def test_two_figures_that_are_no_range_carry_no_upper_end(text: str) -> None:
    found = extract_amounts(text)
    assert len(found) >= 2
    assert all(a.value_high is None for a in found)


def test_a_change_by_an_amount_to_a_level_is_no_range_but_a_range_after_by_is() -> None:
    found = extract_amounts(
        "Rates rose by 0.25 percentage points to 5.8%. Net income rose by 400m euros to "
        "2.5bn euros. Profits will fall by $3.8m to $4.9m."
    )
    assert [(a.text, a.value_high) for a in found] == [
        ("0.25 percentage points", None),
        ("5.8%", None),
        ("400m euros", None),
        ("2.5bn euros", None),
        ("$3.8m", 4.9e6),
        ("$4.9m", None),
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The Fed raised rates by a quarter of a point.", "a quarter of a point", 0.25),
        ("The half-point window could close.", "half-point", 0.5),
        ("He voted for a quarter point rise.", "a quarter point", 0.25),
        ("It grew half a percentage point less.", "half a percentage point", 0.5),
        ("Three quarter-point rises since June.", "Three quarter-point", 0.75),
    ],
)
def test_a_fraction_of_a_point_is_a_percentage_point_share(
    text: str, written: str, value: float
) -> None:
    assert only(text)[:3] == (written, "percent", value)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue tripled in the fourth quarter of 2004.",
        "The sixth of which takes place on Monday.",
        "It changed over the past quarter of a century.",
    ],
)
def test_an_ordinal_before_of_is_no_share(text: str) -> None:
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        (
            "a recession is two successive quarters of decline",
            "two successive quarters",
            2.0,
            "quarter",
        ),
        ("he asked for one more year", "one more year", 1.0, "year"),
        (
            "a record 961 consecutive minutes without a goal",
            "961 consecutive minutes",
            961.0,
            "minute",
        ),
    ],
)
def test_a_word_between_number_and_unit_of_time(
    text: str, written: str, value: float, unit: str
) -> None:
    assert only(text)[:3] + only(text)[4:5] == (written, "duration", value, unit)


def test_a_half_of_a_match_is_no_unit_of_time() -> None:
    assert extract_amounts("The Reds scored three second-half goals.") == []


def test_a_bare_number_before_a_unit_shares_it() -> None:
    found = extract_amounts(
        "It fell from 36 to just 21 days. Expect two or three decades, or between 5 and 7 "
        "weeks. In 2004 and 10 years later."
    )
    assert [(a.text, a.kind, a.value, a.value_high, a.unit) for a in found] == [
        ("36", "duration", 36.0, None, "day"),
        ("21 days", "duration", 21.0, None, "day"),
        ("two", "duration", 20.0, None, "year"),
        ("three decades", "duration", 30.0, None, "year"),
        ("5", "duration", 5.0, 7.0, "week"),
        ("7 weeks", "duration", 7.0, None, "week"),
        ("10 years", "duration", 10.0, None, "year"),
    ]


def test_shares_written_as_fractions_are_percentages() -> None:
    found = extract_amounts("half of the staff, two-thirds of voters and a third of firms")
    assert [(a.text, a.kind, a.value) for a in found] == [
        ("half", "percent", 50.0),
        ("two-thirds", "percent", 66.67),
        ("a third", "percent", 33.33),
    ]


def test_a_change_by_a_fraction_is_a_percentage() -> None:
    found = extract_amounts("Rents rose by a fifth, costs were cut by two-thirds. He went by one.")
    assert [(a.text, a.kind, a.value) for a in found] == [
        ("a fifth", "percent", 20.0),
        ("two-thirds", "percent", 66.67),
    ]


def test_half_before_a_determiner_is_a_share_but_not_other_fractions() -> None:
    found = extract_amounts(
        "Retired women have just over half the income of men; the franc lost half its value. "
        "A third the size of it."
    )
    assert [(a.text, a.kind, a.value) for a in found] == [
        ("half", "percent", 50.0),
        ("half", "percent", 50.0),
    ]


def test_an_exchange_rate_is_money_in_the_currency_the_sentence_names() -> None:
    found = extract_amounts(
        "The yuan is pegged at about 8.28 to the dollar. The rupee rose to 43.3 per US dollar. "
        "Ticket touts sold 3 per euro."
    )
    assert [(a.text, a.kind, a.value, a.unit) for a in found] == [
        ("8.28", "money", 8.28, "CNY"),
        ("43.3", "money", 43.3, "INR"),
    ]


def test_a_number_of_the_units_just_spoken_of_is_a_duration() -> None:
    found = extract_amounts("Only six of those months were paid, and two of the weeks unpaid.")
    assert [(a.kind, a.value, a.unit) for a in found] == [
        ("duration", 6.0, "month"),
        ("duration", 2.0, "week"),
    ]


def test_counts_carry_their_object() -> None:
    found = extract_amounts("It now has 464,000 subscribers and millions of refugees fled.")
    assert [(a.text, a.kind, a.value, a.object) for a in found] == [
        ("464,000", "count", 464000.0, "subscribers"),
        ("millions", "count", None, "refugees"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2004 and again in 1999.",
        "On 12 March the vote was held.",
        "The meeting starts at 10 am.",
        "Chelsea won 3-1 at home.",
        "It was the 2nd time this year.",
    ],
)
def test_years_dates_times_scores_and_ordinals_are_not_amounts(text: str) -> None:
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The deficit reached half a trillion dollars last year.", 5e11, "USD"),
        ("He paid a quarter of a million dollars for it.", 2.5e5, "USD"),
        ("The bill came to three-quarters of a billion pounds.", 7.5e8, "GBP"),
    ],
)
def test_a_fraction_of_a_scale_is_part_of_the_amount(
    text: str, value: float, currency: str
) -> None:
    found = extract_amounts(text)
    assert [(a.kind, a.value, a.unit) for a in found] == [("money", value, currency)]


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value"),
    [
        (
            "Profits were 77m euros (£53m; $100m), up from 38m in the same period of 2003.",
            "38m",
            "EUR",
            38e6,
        ),
        ("Net income was 4.3bn rupees, against 2.7bn a year earlier.", "2.7bn", "INR", 2.7e9),
    ],
)
def test_a_sum_compared_with_money_before_it_takes_that_currency(
    sentence: str, text: str, unit: str, value: float
) -> None:
    found = {a.text: a for a in extract_amounts(sentence)}
    assert found[text].kind == "money"
    assert found[text].unit == unit
    assert found[text].value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sixty-six percent said it made no difference to them.", 66.0),
        ("The poll found forty-three per cent backed the plan.", 43.0),
    ],
)
def test_a_hyphenated_number_word_is_one_number_not_a_range(sentence: str, value: float) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.kind, amount.value, amount.value_high) == ("percent", value, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The debate starts at 9 p.m. Eastern on Tuesday.",
        "The email was sent at 7:19 p.m. by the official.",
        "___. 8:05 p.m. Donald Trump is once again breaking records.",
    ],
)
def test_a_clock_time_is_no_sum_in_pence(sentence: str) -> None:
    assert extract_amounts(sentence) == []


def test_pence_before_a_full_stop_are_still_pence() -> None:
    [amount] = extract_amounts("Shares rose 3p. Analysts were pleased.")
    assert (amount.kind, amount.unit, amount.value) == ("money", "GBP", pytest.approx(0.03))


@pytest.mark.parametrize(
    ("sentence", "text", "counted"),
    [
        ("The scheme covers 100,000 public bodies across the UK.", "100,000", "public bodies"),
        ("Germany took in 50,000 asylum seekers last year.", "50,000", "asylum seekers"),
        (
            "Agents stopped tens of thousands of families at the border.",
            "tens of thousands",
            "families",
        ),
        ("He said 11 people were hurt.", "11", "people"),
        # modifiers spelt like the words the object test stops at
        ("But 104,000 new jobs were created last year.", "104,000", "new jobs"),
        ("Texas and 25 other states sued.", "25", "other states"),
        (
            "The service has 320 million monthly active users.",
            "320 million",
            "monthly active users",
        ),
        # a collective noun after a modifier
        (
            "About 900,000 military and civilian staff were told.",
            "900,000",
            "military and civilian staff",
        ),
    ],
)
def test_a_count_counts_the_plural_noun_after_its_modifier(
    sentence: str, text: str, counted: str
) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.kind, amount.text, amount.object) == ("count", text, counted)


def test_a_word_after_a_number_that_modifies_no_noun_makes_no_count() -> None:
    assert extract_amounts("BMW sales rose to 80,600 while sales of Mini models rose.") == []


def test_a_change_written_as_a_rise_or_fall_then_a_level_is_no_range() -> None:
    found = extract_amounts("Brent rose 40 cents to $84.10 and shares were down 3p to 245p.")
    assert [(a.text, a.value_high) for a in found] == [
        ("40 cents", None),
        ("$84.10", None),
        ("3p", None),
        ("245p", None),
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("He signed a £200,000-a-week contract.", "£200,000", 2e5),
        ("Workers on $15-an-hour wages.", "$15", 15.0),
        ("It paid $2.1m to an agent.", "$2.1m", 2.1e6),
        # a year before "to" is when: "sales fell 4% in 2004 to 789m euros"
        ("Sales fell in 2004 to 789m euros.", "789m euros", 7.89e8),
        ("Output rises in 2005 to 5.5 million tonnes.", "5.5 million tonnes", 5.5e6),
    ],
)
def test_a_rate_or_a_year_before_to_is_no_range(text: str, written: str, value: float) -> None:
    [amount] = extract_amounts(text)
    assert (amount.text, amount.value, amount.value_high) == (written, value, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The repairs will cost $5 to $6 million.", 5e6, 6e6),
        ("The bill is put at £2-£3bn.", 2e9, 3e9),
        ("Prices of £6-£10 apply.", 6.0, 10.0),  # no scale written: none shared
    ],
)
def test_the_low_end_of_a_range_shares_the_scale_written_on_the_high_end(
    text: str, low: float, high: float
) -> None:
    first = extract_amounts(text)[0]
    assert (first.value, first.value_high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "obj"),
    [
        ("Three million people voted.", "Three million", 3e6, "people"),
        (
            "It has about two and a half million viewers.",
            "two and a half million",
            2.5e6,
            "viewers",
        ),
        ("A billion users log in.", "A billion", 1e9, "users"),
    ],
)
def test_a_count_in_words_with_its_scale_written_out(
    sentence: str, text: str, value: float, obj: str
) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.kind, amount.text, amount.value, amount.object) == ("count", text, value, obj)


def test_no_count_of_a_vague_number_or_a_small_number_in_words() -> None:
    assert extract_amounts("Several million people and two men came.") == []


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Growth will be between 5 and 6 percent this year.", "5 and 6 percent", 5.0, 6.0),
        ("It cost between 10 and 20 million dollars.", "10 and 20 million dollars", 1e7, 2e7),
        ("Between 1.1 and 1.5 million people were killed.", "1.1 and 1.5 million", 1.1e6, 1.5e6),
        (
            "Profit will be between 1.2 billion and 1.3 billion pounds.",
            "1.2 billion and 1.3 billion pounds",
            1.2e9,
            1.3e9,
        ),
    ],
)
def test_a_bare_low_end_after_between_shares_the_high_ends_unit(
    sentence: str, text: str, low: float, high: float
) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.text, amount.value, amount.value_high) == (text, low, high)


def test_a_low_end_that_is_an_amount_already_is_not_taken_twice() -> None:
    found = extract_amounts("He served between 2 and 3 years in jail.")
    assert [(a.text, a.value, a.value_high) for a in found] == [
        ("2", 2.0, 3.0),
        ("3 years", 3.0, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value"),
    [
        ("The fine was 200 EUR per day.", "200 EUR", "EUR", 200.0),
        ("A night there costs 500 CHF.", "500 CHF", "CHF", 500.0),
    ],
)
def test_a_currency_code_after_the_number_is_money(
    sentence: str, text: str, unit: str, value: float
) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.kind, amount.text, amount.unit, amount.value) == ("money", text, unit, value)


@pytest.mark.parametrize("sentence", ["Inflation hit 2.5pc in May.", "Rates rose 2.5 pc."])
def test_pc_after_a_number_is_percent(sentence: str) -> None:
    [amount] = extract_amounts(sentence)
    assert (amount.kind, amount.value) == ("percent", 2.5)


def test_capital_pc_is_no_percent() -> None:
    assert [a.kind for a in extract_amounts("They built a 3 PC network.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She ran 6.46secs indoors.", ("6.46secs", "duration", 6.46, None, "second", None)),
        ("The score at 90 mins was 1-1.", ("90 mins", "duration", 90.0, None, "minute", None)),
        ("He played for 23 hrs straight.", ("23 hrs", "duration", 23.0, None, "hour", None)),
        ("a 24h strike", ("24h", "duration", 24.0, None, "hour", None)),
        ("It took 3days.", ("3days", "duration", 3.0, None, "day", None)),
    ],
)
def test_short_and_run_together_units_of_time(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize("text", ["Wait a sec.", "It raised 2 Hrs Ltd.", "the 3D film"])
def test_short_units_of_time_need_a_number_in_lower_case(text: str) -> None:
    assert extract_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within half an hour", ("half an hour", "duration", 0.5, None, "hour", None)),
        ("a half-day strike", ("a half-day", "duration", 0.5, None, "day", None)),
        ("for half a century", ("half a century", "duration", 50.0, None, "year", None)),
        ("an hour and a half later", ("an hour and a half", "duration", 1.5, None, "hour", None)),
        ("one and half hours", ("one and half hours", "duration", 1.5, None, "hour", None)),
        (
            "almost a year and a half",
            ("a year and a half", "duration", 1.5, None, "year", "almost"),
        ),
        ("for 4 1/2 hours", ("4 1/2 hours", "duration", 4.5, None, "hour", None)),
    ],
)
def test_halves_of_units_of_time(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    "text", ["Half-year profits rose.", "the first half year", "just before the half-hour mark"]
)
def test_a_half_year_period_or_a_moment_is_no_length_of_time(text: str) -> None:
    assert [a.kind for a in extract_amounts(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 140,000-acre estate", ("140,000-acre", "quantity", 140000.0, None, "acre", None)),
        ("a three-metre high bridge", ("three-metre", "quantity", 3.0, None, "metre", None)),
        ("16,000 metric tons", ("16,000 metric tons", "quantity", 16000.0, None, "tonne", None)),
        (
            "50,000 square meters of offices",
            ("50,000 square meters", "quantity", 50000.0, None, "square metre", None),
        ),
        ("a 1/4 mile walk", ("1/4 mile", "quantity", 0.25, None, "mile", None)),
        ("cut to 50mg of alcohol", ("50mg", "quantity", 50.0, None, "milligram", None)),
        # units spelt out in US and British spelling
        ("7.6 centimeters of rain", ("7.6 centimeters", "quantity", 7.6, None, "centimetre", None)),
        (
            "4,800 micrograms a gram",
            ("4,800 micrograms", "quantity", 4800.0, None, "microgram", None),
        ),
        ("a shot from 25 yards", ("25 yards", "quantity", 25.0, None, "yard", None)),
        ("gusts of 40 knots", ("40 knots", "quantity", 40.0, None, "knot", None)),
        (
            "cooled to minus 160 degrees",
            ("minus 160 degrees", "quantity", -160.0, None, "degree", None),
        ),
    ],
)
def test_quantities_joined_by_hyphens_areas_and_signs(text: str, expected: tuple) -> None:
    assert only(text) == expected


def test_a_phone_generation_is_no_weight() -> None:
    assert extract_amounts("People with 3G phones and 2.5G networks") == []
    assert only("a 500g bag")[1:5] == ("quantity", 500.0, None, "gram")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("until the baby is six months old", ("six months old", "age", 6.0, None, "month", None)),
        ("a 12-week-old infant", ("12-week-old", "age", 12.0, None, "week", None)),
        ("before they reach 65 years of age", ("65 years of age", "age", 65.0, None, "year", None)),
    ],
)
def test_ages_in_any_unit_of_time(text: str, expected: tuple) -> None:
    assert only(text) == expected


def test_minus_makes_a_percentage_negative_but_a_margin_does_not() -> None:
    assert only("growth of minus five percent")[:3] == ("minus five percent", "percent", -5.0)
    assert only("a margin of plus or minus 3 percentage points")[2] == 3.0


def test_no_percentage_inside_a_web_address() -> None:
    found = extract_amounts("See https://example.com/search?q=30%25%2020% for more; up 5%.")
    assert [a.text for a in found] == ["5%"]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        (
            "Some 2,000 business and political leaders came.",
            2000.0,
            "business and political leaders",
        ),
        ("It has 164 ready-mixed concrete plants.", 164.0, "ready-mixed concrete plants"),
        ("About 40 rabbis will stay away.", 40.0, "rabbis"),
    ],
)
def test_a_count_reaches_its_plural_noun_over_a_few_words(
    text: str, value: float, counted: str
) -> None:
    assert [(a.kind, a.value, a.object) for a in extract_amounts(text)] == [
        ("count", value, counted)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ahead of the Feb. 1 caucus, the PAC said",
        "after the Sept. 11 terrorist attacks",
        "Film sequel Shrek 2 took three prizes.",
        "Jet has 42 aircraft and runs flights.",
        "sales rose to 5.1 million across Europe",
    ],
)
def test_no_count_of_a_date_a_title_or_a_verb(text: str) -> None:
    assert [a for a in extract_amounts(text) if a.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Temperatures hit 35C on Monday.", "35C", 35.0, "degree celsius"),
        ("In Jacobabad the mercury touched 49.5C.", "49.5C", 49.5, "degree celsius"),
        ("The city sweltered at 44C.", "44C", 44.0, "degree celsius"),
        ("It was -18C overnight.", "-18C", -18.0, "degree celsius"),
        ("Highs of 20-25C are forecast.", "20-25C", 20.0, "degree celsius"),
        ("Keep it below 2 degrees Celsius.", "2 degrees Celsius", 2.0, "degree celsius"),
        (
            "It felt like 95F in the shade and the heat was intense.",
            "95F",
            95.0,
            "degree fahrenheit",
        ),
    ],
)
def test_temperatures_in_news_style(text: str, written: str, value: float, unit: str) -> None:
    [amount] = extract_amounts(text)
    assert (amount.kind, amount.text, amount.value, amount.unit) == (
        "quantity",
        written,
        value,
        unit,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The firm filed its 13F report late.",  # a form
        "Type 2C cases rose.",  # a name's number
        "The SCP-173C entry was edited.",
    ],
)
def test_a_number_and_a_capital_c_or_f_is_no_temperature_without_its_sign_or_context(
    text: str,
) -> None:
    assert [a for a in extract_amounts(text) if (a.unit or "").startswith("degree")] == []


@pytest.mark.parametrize(
    ("text", "value", "obj"),
    [
        ("Germany has 4.4 million jobless.", 4.4e6, "jobless"),
        ("It left 191 people killed and more than 2,000 injured.", 2000.0, "injured"),
        ("Some 5,000 personnel were sent.", 5000.0, "personnel"),
    ],
)
def test_a_count_of_people_named_by_an_adjective_or_a_collective_noun(
    text: str, value: float, obj: str
) -> None:
    counts = [a for a in extract_amounts(text) if a.kind == "count"]
    assert (counts[-1].value, counts[-1].object) == (value, obj)
