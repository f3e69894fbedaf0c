"""Writers that run at once lose nothing; a writer killed mid-save leaves a whole ledger."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from claimtrack.ledger import check_ledger, edit_ledger, init_ledger, read_ledger
from claimtrack.model import Source, Stance, Statement

REPO = Path(__file__).resolve().parent.parent

_ADD_CLAIMS = textwrap.dedent(
    """\
    import sys
    from pathlib import Path
    from claimtrack.ledger import edit_ledger

    path, writer, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for number in range(count):
        with edit_ledger(path) as editor:
            editor.add_claim(f"claim-{writer}-{number}", f"Writer {writer} says claim {number}")
    """
)

_SAVE_FOREVER = textwrap.dedent(
    """\
    import sys
    from pathlib import Path
    from claimtrack.ledger import edit_ledger

    path, writer = Path(sys.argv[1]), sys.argv[2]
    number = 0
    while True:
        number += 1
        with edit_ledger(path) as editor:
            editor.add_claim(f"added-{writer}-{number}", f"Claim {number} of writer {writer}")
        if number == 1:
            print("saved once", flush=True)
    """
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    init_ledger(path)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _ADD_CLAIMS, str(path), str(writer), "4"], env=_env()
        )
        for writer in range(4)
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0, 0, 0]
    ids = {claim.id for claim in read_ledger(path).claims}
    assert ids == {f"claim-{writer}-{number}" for writer in range(4) for number in range(4)}


def _big_ledger(path: Path, claims: int) -> None:
    init_ledger(path)
    source = Source(id="000_66f99498a4238889", path="sources/000.txt", sha256="3b1f")
    with edit_ledger(path) as editor:
        editor.put_source(source)
        for number in range(claims):
            claim_id = f"nk-troops-{number}"
            editor.add_claim(claim_id, "North Korea has deployed troops to Russia")
            editor.add_statement(
                claim_id,
                Statement(
                    stance=Stance.DENIES,
                    quote="Pyongyang has rejected accusations that it sent troops to Russia.",
                    content="it sent troops to Russia",
                    source=source.id,
                    line=number + 1,
                    party="North Korea",
                    speaker="Pyongyang",
                    cue="rejected accusations",
                ),
            )


def test_a_writer_killed_mid_save_leaves_the_old_or_the_new_ledger(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    _big_ledger(path, 100)
    rng = random.Random(3)
    claims = 100
    for round_ in range(4):
        writer = subprocess.Popen(
            [sys.executable, "-c", _SAVE_FOREVER, str(path), str(round_)],
            env=_env(),
            stdout=subprocess.PIPE,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == b"saved once"
        time.sleep(rng.uniform(0.0, 0.5))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        assert check_ledger(path) == []
        now = len(read_ledger(path).claims)
        assert now > claims  # at least the first save of each writer is there
        claims = now
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        for name in leftovers:  # a killed writer may leave its temporary file, never the ledger
            (tmp_path / name).unlink()
