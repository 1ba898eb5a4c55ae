"""--runner dask sends the batch tasks to an existing Dask cluster; results equal a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.news_etl import run_flow
from flows.settings import Settings
from tests.article_factory import write_articles
from tests.warehouse_helpers import snapshot

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]


def test_dask_cluster_run_equals_local_run(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    seeds = tmp_path / "seeds"
    write_articles(seeds, range(40))
    local = run_flow(Settings(seeds_dir=seeds, warehouse_dir=tmp_path / "local", batch_size=10))
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        on_dask = run_flow(
            Settings(
                seeds_dir=seeds,
                warehouse_dir=tmp_path / "dask",
                batch_size=10,
                runner="dask",
                address=cluster.scheduler_address,
            )
        )
        with distributed.Client(cluster.scheduler_address) as client:
            ran = client.run_on_scheduler(
                lambda dask_scheduler: sorted(dask_scheduler.task_prefixes)
            )
    assert "extract_batch" in ran, ran  # the batch tasks ran on the cluster
    assert on_dask.status == local.status == "published"
    assert on_dask.rows == local.rows
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")
