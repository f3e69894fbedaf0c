"""Claim texts made from a statement's content: propositions that stand alone."""

from __future__ import annotations

from claimtrack.claimtext import person_name, proposition


def test_a_verdict_on_a_proposition_leaves_the_proposition() -> None:
    # Whoever calls it false denies it; the claim is what was called false.
    made = proposition("Robert Plant ripped up an $800 contract for the tour is false")
    assert made.text == "Robert Plant ripped up an $800 contract for the tour"
    # A thing judged, with no proposition of its own, keeps its verdict.
    assert proposition("The Banksy arrest story is a hoax").text == (
        "The Banksy arrest story is a hoax"
    )


def test_only_the_first_sentence_is_kept() -> None:
    assert proposition("The video is not made up. I knew the world would react").text == (
        "The video is not made up"
    )
    # An abbreviation ends no sentence.
    assert proposition("Five men were swapped for Army Sgt. Bowe Bergdahl last year").text == (
        "Five men were swapped for Army Sgt. Bowe Bergdahl last year"
    )
    assert proposition("Smith et al. found that the drug works").text == (
        "Smith et al. found that the drug works"
    )


def test_an_unnamed_officials_first_person_is_the_party_it_speaks_for() -> None:
    made = proposition(
        "I do want to add, though, that we are very confident the bundles reached the Kurds",
        "he",
        "United States",
    )
    assert made.text == "United States is very confident the bundles reached the Kurds"
    made = proposition("we subsequently destroyed it with an airstrike", "he", "United States")
    assert made.text == "United States subsequently destroyed it with an airstrike"
    made = proposition("they're trying other strategies", "Justice Department officials", "US")
    assert made.text == "US is trying other strategies"


def test_a_subject_only_the_article_could_fill_in_makes_no_claim() -> None:
    # A first person nobody is named for, and a demonstrative.
    made = proposition("I was sitting on my porch and I saw nothing", "a witness")
    assert made.text is None and made.reason is not None and "'I'" in made.reason
    assert proposition("These girls are being held in horrific conditions", "Cooke").text is None
    assert proposition("This video served to show how much fear there is", None).text is None
    # A dummy "it" and a third person are not such subjects.
    assert proposition("It is possible that the video is fake", "the expert").text is not None
    assert proposition("He drove Thomas to the liquor store", "the website").text is not None


def test_a_clause_that_is_no_proposition_makes_no_claim() -> None:
    assert proposition("Shortly after the clip appeared on the web").text is None
    assert proposition("Very different stories of how the protests ended").text is None
    assert proposition("Police are on a manhunt for who").text is None
    # What is whole stays: a cut relative clause goes, a stranded preposition stays.
    assert (
        proposition("He went to heaven and met God, which").text == "He went to heaven and met God"
    )
    assert proposition("The man lives near where Brown was killed").text is not None
    assert proposition("Thomas is being well cared for").text == "Thomas is being well cared for"


def test_a_persons_name_follows_the_last_title() -> None:
    assert person_name("Homeland Security Secretary Jeh Johnson") == "Jeh Johnson"
    assert person_name("Pentagon spokesman Rear Adm. John Kirby") == "John Kirby"


def test_we_and_our_are_the_party_i_and_my_the_person() -> None:
    made = proposition(
        "I look at the reports from our southern border every day",
        "Homeland Security Secretary Jeh Johnson",
        "United States",
    )
    assert (
        made.text
        == "Jeh Johnson looks at the reports from United States' southern border every day"
    )
    assert proposition("Which has the effect of making the mail seem real").text is None
    assert proposition("Mohammed Emwazi was flown to Amsterdam where").text is None


def test_what_a_speaker_learned_is_the_proposition() -> None:
    made = proposition("he has learned that Tiger Woods failed a drug test", "Dan Olsen")
    assert made.text == "Tiger Woods failed a drug test"
    made = proposition("he's been getting calls", "Oberholtzer", None, "Mark Oberholtzer")
    assert made.text == "Mark Oberholtzer has been getting calls"
    made = proposition("he'd been to Africa", "Self", None, "Keith Self")
    assert made.text == "Keith Self had been to Africa"


def test_a_month_is_no_auxiliary() -> None:
    assert proposition("The new bridge will open to traffic in May").text == (
        "The new bridge will open to traffic in May"
    )
    assert proposition("Nobody believed that it might").text is None
