"""Which tracked claim a text, such as a headline, speaks about: `claimtrack match`.

`match` ranks the ledger's claims for a text with the grouping index
(`grouping.ClaimIndex`), then decides on its own whether the best of them is
what the text is about. Grouping asks whether two statements share a
proposition, and its threshold is tuned for that; `match` asks whether a text
speaks about one of a known set of claims, and must say "none" for a text about
something else, however close a claim of the same story comes. So it has its
own rule (`accepts`):

- the best claim scores `MATCH_THRESHOLD` or more; or
- it scores at least `MATCH_FLOOR` and stands `MATCH_MARGIN` or more above the
  runner-up;
- and, when the claim holds statements besides its text, the text covers at
  least `MATCH_COVERAGE` of the claim's profile (`ClaimIndex.profile_share`:
  its terms weighed by IDF and by the square of how many of its texts hold
  them).

A text about an untracked claim of a tracked story (a wife's arrest, against a
leader's death) scores fairly well against several of the story's claims at
once; a rewording of a tracked claim stands out from the rest even when its
words differ. The numbers are calibrated by `bench/bench_match.py
--calibrate` on Emergent train headlines (stories kept back for independent
checks left out), against a ledger holding half of the claims: on one half, for
the best worse of two figures (a headline about a tracked claim gets that
claim, a headline about a claim of the other half gets none), then checked on
the other half. A bar alone could only trade one figure for the other.

A claim that has gathered statements is scored on the best of them, and one
loosely worded statement (a headline that names the product and the month,
about something else) can score a text of another claim highly. What its
statements say in common is what the claim is: a text that covers little of
that is about something else, however close one statement comes. With the
claim text alone the profile is that text, and the score says it all. The
share is calibrated by the same bench against ledgers whose claims hold
statements (each claim's headlines in two folds, one held while the other is
matched), on one half and checked on the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line reads the numbers below without loading grouping
    from claimtrack.grouping import ClaimIndex

# See the module docstring: the best claim's score that is enough on its own,
# and the lower score that will do when it stands this far above the runner-up.
MATCH_THRESHOLD = 44.0
MATCH_FLOOR = 26.0
MATCH_MARGIN = 6.0
# The least share of a claim's profile a text must cover when the claim holds
# statements besides its text (see the module docstring): between the values
# the two halves of the calibration choose (0.33 and 0.28).
MATCH_COVERAGE = 0.3
# Claims ranked for a text even when fewer are shown: the rule needs the runner-up.
RANKED_AT_LEAST = 2
# Claims sharing a text's rarest terms that are scored for it: enough to find
# the best and the true runner-up, few enough that a long `scan` stays fast.
SHARING_CLAIMS = 8


def accepts(best: float, runner_up: float, covered: float = 1.0) -> bool:
    """Whether `match` takes a text to speak about the claim that scores `best` for it.

    `runner_up` is the score of the second-best claim (0 when there is none);
    `covered` the share of the claim's profile the text covers (`profile_share`).
    """
    if covered < MATCH_COVERAGE:
        return False
    if best >= MATCH_THRESHOLD:
        return True
    return best >= MATCH_FLOOR and best - runner_up >= MATCH_MARGIN


def rank_claims(index: ClaimIndex, text: str, content: str, limit: int) -> list[tuple[str, float]]:
    """Claims for a text, best first, with scores (0-100), at most `limit` of them.

    Each claim is scored on the text's content (what its speaker says) and on
    the whole text, the better kept: a headline's attribution ("Analyst: ...")
    is no part of what it says, but a content cut too short loses its subject.
    The claims scored are those sharing most of the text's rarest terms
    (`SHARING_CLAIMS`, or `limit` if more), each counted once and scored on
    all of its examples: a claim with many examples must not hide the
    runner-up the rule compares it with, nor the other claims `--top` lists.
    A claim that shares nothing with the text (score 0) is no candidate. Ties
    go by claim id, so the order is the same on every run.
    """
    scores: dict[str, float] = {}
    for query in dict.fromkeys(filter(None, (content, text))):
        for claim_id, score in index.sharing(query, max(limit, SHARING_CLAIMS)).items():
            scores[claim_id] = max(score, scores.get(claim_id, 0.0))
    ranked = sorted(
        ((claim_id, score) for claim_id, score in scores.items() if score > 0),
        key=lambda item: (-item[1], item[0]),
    )
    return ranked[:limit]


def profile_share(index: ClaimIndex, text: str, content: str, claim_id: str) -> float:
    """The share of a claim's profile a text covers, scored on its content and
    as a whole (the better kept, as `rank_claims` does); 1 for a claim whose
    profile is its text alone, where the score says all there is."""
    share = 0.0
    for query in dict.fromkeys(filter(None, (content, text))):
        found, texts = index.profile_share(query, claim_id)
        if texts < 2:
            return 1.0
        share = max(share, found)
    return share


def decide(
    ranked: list[tuple[str, float]],
    threshold: float | None = None,
    covered: Callable[[str], float] | None = None,
) -> tuple[str | None, float]:
    """The claim a text speaks about, or None, and the best score seen.

    With a `threshold`, the best claim is taken when it scores that much (a
    plain bar, as the user asked for); without one, by `accepts`, with
    `covered` telling how much of a claim's profile the text covers
    (`profile_share`; asked of the best claim only, and all of it if not given).
    """
    if not ranked:
        return None, 0.0
    claim_id, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if threshold is not None:
        taken = score >= threshold
    else:
        taken = accepts(score, runner_up) and (
            covered is None or accepts(score, runner_up, covered(claim_id))
        )
    return (claim_id if taken else None), score
