"""dbt-core's own answer to `dbt ls --select state:modified+ --resource-type all` for two manifest files, timed.

Run with the Python of a dbt virtualenv (1.8+):

    .venv/dbt-1.12/bin/python scripts/bench/dbt-selection.py <state.json> <current.json> <selected.json>

It does what dbt does for that command once the project is parsed, with dbt's classes: the state through
PreviousState (WritableManifest.read_and_check_versions, then Manifest.from_writable_manifest), the current
manifest the same way (dbt would have it from its parse; here it comes from the file, as ours does), the graph
from Linker.link_graph as Compiler.compile builds it for `ls`, and the selection from a ResourceTypeSelector
with ListTask's `--resource-type all` types and `include_empty_nodes=True`. Only those steps are timed.

The project flag `state_modified_compare_more_unrendered_values` is off: with it on, dbt 1.12 rewrites the
unrendered_config of every manifest written by another dbt version from its raw_code before comparing, and the
benchmark's files come from dbt 1.3 (its selection then answers a different question, and takes longer). Pass
the same setting to our engine for the answers to be comparable.

Writes the selected unique_ids (sorted, one JSON array) to <selected.json>, and prints one JSON line with the
seconds of each step and the process's peak RSS.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

from dbt.artifacts.schemas.manifest import WritableManifest
from dbt.compilation import Linker
from dbt.contracts.graph.manifest import Manifest
from dbt.contracts.project import ProjectFlags
from dbt.contracts.state import PreviousState
from dbt.flags import set_from_args
from dbt.graph import Graph
from dbt.graph.cli import parse_difference
from dbt.graph.selector import ResourceTypeSelector
from dbt.task.list import ListTask
from dbt.version import __version__ as dbt_version


def state_folder(state_file: Path, scratch: Path) -> Path:
    """PreviousState reads `<folder>/manifest.json`: a folder whose manifest.json is the state file."""
    folder = scratch / "state"
    folder.mkdir()
    (folder / "manifest.json").symlink_to(state_file.resolve())
    return folder


def main() -> int:
    state_file, current_file, out_file = (Path(arg) for arg in sys.argv[1:4])
    project_flags = ProjectFlags(state_modified_compare_more_unrendered_values=False)
    set_from_args(Namespace(indirect_selection="eager"), project_flags)
    with tempfile.TemporaryDirectory() as scratch:
        folder = state_folder(state_file, Path(scratch))
        started = time.perf_counter()
        previous = PreviousState(state_path=folder, target_path=Path(scratch) / "target", project_root=folder)
        loaded_state = time.perf_counter()
        current = Manifest.from_writable_manifest(WritableManifest.read_and_check_versions(str(current_file)))
        loaded_current = time.perf_counter()
        linker = Linker()
        linker.link_graph(current)
        graph = Graph(linker.graph)
        linked = time.perf_counter()
        selector = ResourceTypeSelector(
            graph=graph,
            manifest=current,
            previous_state=previous,
            resource_types=list(ListTask.ALL_RESOURCE_VALUES),
            include_empty_nodes=True,
        )
        selected = selector.get_selected(parse_difference(["state:modified+"], None))
        finished = time.perf_counter()
    Path(out_file).write_text(json.dumps(sorted(selected)), encoding="utf-8")
    figures = {
        "dbtVersion": dbt_version,
        "loadState": loaded_state - started,
        "loadCurrent": loaded_current - loaded_state,
        "link": linked - loaded_current,
        "select": finished - linked,
        "total": finished - started,
        "selected": len(selected),
        "maxRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
