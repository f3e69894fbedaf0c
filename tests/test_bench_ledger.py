"""The read benchmark's ledger generator writes what it means, in the ledger's own layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bench import fnc1
from bench.bench_ledger import generate_ledger
from claimtrack._yaml import parse_ledger

pytestmark = pytest.mark.skipif(not fnc1.BODIES.exists(), reason="FNC-1 bodies not present")


def test_generated_ids_stay_text_for_every_yaml_reader(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    claim_ids = generate_ledger(path, 60, 3)
    text = path.read_text(encoding="utf-8")
    ledger, problems = parse_ledger(text, str(path), notes=True)
    assert ledger is not None and problems == []  # no id or text another reader types
    assert [claim.id for claim in ledger.claims] == claim_ids
    # A YAML 1.2 reader (as the writer is) takes `1121_784e924015583485` written
    # plain for infinity; written as the generator writes it, it is the id.
    loaded = YAML(typ="safe").load(text)
    assert [str(key) for key in loaded["sources"]] == [source.id for source in ledger.sources]
    assert all(isinstance(key, str) for key in loaded["sources"])
    assert any(re.fullmatch(r"[0-9]+_[0-9]+e[0-9]+", source.id) for source in ledger.sources)
    cited = {s.source for claim in ledger.claims for s in claim.statements}
    assert cited <= {source.id for source in ledger.sources}
    for claim in loaded["claims"].values():
        assert all(isinstance(statement["source"], str) for statement in claim["statements"])
