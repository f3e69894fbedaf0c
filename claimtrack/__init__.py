"""claimtrack: who asserts, denies and disputes each claim, and where they said so.

The pipeline, one module per stage:

1. `sources`    read an article: decode, front matter, title/URL/date/outlet.
2. `segment`    split the text into sentences and quotations, with offsets.
3. `extraction` find attributed statements: speaker, cue, content, spans.
4. `parties`    resolve each speaker to a party (built-in gazetteer + ledger aliases).
5. `stance`     decide asserts / denies / disputes from cue and content.
6. `grouping`   normalise and fuzzy-match statements into claims.
7. `ledger`     load, validate, edit and atomically save `claims.yaml`.
8. `reports`    build the rows and records that commands print.
9. `render`     print them as table, json, jsonl, tsv or yaml.
10. `cli`       the typer app: parse options, call one library function, render.

`pipeline` wires steps 1-7 together for `claimtrack extract` and `claimtrack match`.
`scan` spreads steps 1-5 and `match` over a Dask cluster for whole archives.
The domain types live in `model`, the errors and exit codes in `errors`.
"""

__version__ = "0.1.0"
