"""The pure parts of ``make bench`` (benchmarks/bench.py): the search mix, wrk's output, the report.

The benchmark itself (servers, wrk, minutes per run) is not run here; ``make bench
BENCH_ARGS=--quick`` runs all of it on a tiny data set.
"""

import collections
import importlib.util
import math
import pathlib

import pytest

BENCH = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "bench.py"
_spec = importlib.util.spec_from_file_location("bench", BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

WRK_OUTPUT = """Running 10s test @ http://127.0.0.1:8170/angebote/
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    31.92ms    6.01ms  80.10ms   83.12%
    Req/Sec   125.37     12.20   150.00     71.00%
  Latency Distribution
     50%   30.50ms
     75%   33.10ms
     90%   38.44ms
     99%   61.02ms
  1254 requests in 10.01s, 40.12MB read
  Non-2xx or 3xx responses: 3
Requests/sec:    125.28
Transfer/sec:      4.01MB
BENCH requests=1254 duration_us=10010000 p50_us=30500 p95_us=44210 p99_us=61020 max_us=80100 \
connect=0 read=0 write=0 status=3 timeout=1
"""


def test_zipf_weights_fall_by_rank_to_the_power_of_the_exponent():
    weights = bench.zipf_weights(50, 1.1)
    assert math.isclose(sum(weights), 1)
    assert weights == sorted(weights, reverse=True)
    assert math.isclose(weights[0] / weights[1], 2**1.1)
    assert math.isclose(weights[0] / weights[9], 10**1.1)


def test_search_mix_is_zipf_over_the_vocabulary_with_a_fifth_of_unique_queries():
    mix = bench.search_mix(10000, seed=3)
    assert mix == bench.search_mix(10000, seed=3)
    assert mix != bench.search_mix(10000, seed=4)
    known = {query for _language, query in bench.VOCABULARY}
    queries = [params["q"] for _language, params in mix]
    unique = [query for query in queries if query not in known]
    assert 0.18 < len(unique) / len(mix) < 0.22
    assert len(set(unique)) == len(unique)  # the long tail never repeats
    counts = collections.Counter(query for query in queries if query in known)
    ranked = [query for _language, query in bench.VOCABULARY]
    assert counts.most_common(1)[0][0] == ranked[0]
    assert 1.6 < counts[ranked[0]] / counts[ranked[1]] < 2.8  # 2 ** 1.1 = 2.14
    assert counts[ranked[0]] > 5 * counts[ranked[-1]]
    assert len(counts) > 0.9 * len(ranked)  # the whole vocabulary is drawn
    assert {language for language, _params in mix} >= {"de", "en", "ar", "tr", "uk", "ru", "fa"}
    extras = collections.Counter(tuple(sorted(set(params) - {"q"})) for _language, params in mix)
    assert 0.8 < extras[()] / len(mix) < 0.9  # some requests filter or ask for page 2


def test_search_paths_use_the_search_page_of_the_query_language_and_warm_only_the_vocabulary():
    mix = [
        ("de", {"q": "Deutschkurs"}),
        ("ar", {"q": "دورة لغة", "page": "2"}),
        ("de", {"q": "Lesetreffkreis"}),
    ]
    mix.append(("de", {"q": "Deutschkurs"}))
    search = bench.search_paths(mix, {"de": "/suche/", "ar": "/ar/search/"})
    assert search.paths == [
        "/suche/?q=Deutschkurs",
        "/ar/search/?q=%D8%AF%D9%88%D8%B1%D8%A9+%D9%84%D8%BA%D8%A9&page=2",
        "/suche/?q=Lesetreffkreis",
        "/suche/?q=Deutschkurs",
    ]
    assert search.warm == sorted(["/suche/?q=Deutschkurs", search.paths[1]])


def test_parse_wrk_reads_rate_percentiles_and_errors():
    measured = bench.parse_wrk(WRK_OUTPUT.replace("\\\n", ""))
    assert measured.requests_per_second == 125.28
    assert measured.p50_ms == 30.5
    assert measured.p95_ms == 44.21
    assert measured.requests == 1254
    assert measured.errors == 4  # 3 non-2xx answers, 1 time-out


def test_parse_wrk_without_the_lua_line_falls_back_to_the_standard_output():
    measured = bench.parse_wrk(WRK_OUTPUT.split("BENCH")[0])
    assert (measured.requests_per_second, measured.p50_ms, measured.requests) == (125.28, 30.5, 1254)
    assert math.isnan(measured.p95_ms)
    with pytest.raises(ValueError):
        bench.parse_wrk("unable to connect to 127.0.0.1:8170 Connection refused")


def _pass(*rows, target=bench.UNCACHED_TARGET):
    floor = bench.Measurement(1000.0, 2.0, 4.0, 10000)
    return bench.Pass("uncached", target, floor, bench.Measurement(1200.0, 2.0, 4.0, 12000), list(rows))


def test_pass_table_shows_the_share_of_the_floor_against_the_target():
    rows = [
        bench.Row("home", "/", bench.Measurement(220.0, 8.0, 12.0, 2200), 4, 180.4, 6.25),
        bench.Row(
            "town finder", "/hohenau/angebote/", bench.Measurement(2.4, 900.0, 1300.0, 24), 13, 210.0, 236
        ),
        bench.Row("search", "/suche/?q=…", bench.Measurement(150.0, 20.0, 75.0, 1500), 6, search=True),
        bench.Row("map GeoJSON", "/geo/places.geojson", bench.Measurement(0.0, math.nan, math.nan, 0), None),
        bench.Row("statistics", "/statistik/", bench.Measurement(300.0, 5.0, 9.0, 3000, errors=2), -404),
    ]
    lines = bench.pass_table(_pass(*rows)).splitlines()
    assert lines[0].startswith("| page | URL | req/s |")
    assert len(lines) == 2 + len(rows)
    home, finder, search, geojson, statistics = lines[2:]
    assert "| 20.0% | ≥ 10% | pass | 4 | 6.2 | 180 |" in home  # 220 of a floor of 1,100 req/s
    assert "| 0.22% | ≥ 10% | **miss** | 13 | 236.0 | 210 |" in finder
    assert "p95 ≤ 60 ms | **miss** |" in search  # 13.6 % of the floor, but p95 75 ms
    assert "(no answer in time)" in geojson
    assert "**miss** (2 errors) | HTTP 404 |" in statistics
    cached = bench.pass_table(_pass(*rows[:1], target=bench.CACHED_TARGET)).splitlines()[2]
    assert "| 20.0% | ≥ 50% | **miss** |" in cached


def test_pass_table_of_the_front_cache_compares_with_the_same_html_as_a_static_file():
    fast = bench.Row(
        "home", "/", bench.Measurement(900.0, 1.0, 2.0, 9000), 0, static=bench.Measurement(1500.0, 1, 1)
    )
    slow = bench.Row(
        "town",
        "/hohenau/",
        bench.Measurement(600.0, 1.0, 2.0, 6000),
        0,
        static=bench.Measurement(1500.0, 1, 1),
    )
    home, town = bench.pass_table(_pass(fast, slow, target=bench.CACHED_TARGET)).splitlines()[2:]
    assert "| 81.8% | 1500.0 | 60.0% | ≥ 50% of static | pass |" in home  # 900 of 1,100 and of 1,500
    assert "| 54.5% | 1500.0 | 40.0% | ≥ 50% of static | **miss** |" in town


def _figures(**pages):
    return {
        "uncached": {page: {"server_ms": ms, "queries": queries} for page, (ms, queries) in pages.items()}
    }


def test_write_results_keeps_other_scales_and_shows_the_growth(tmp_path):
    path = tmp_path / "results.md"
    bench.write_results(str(path), 10000, "## Scale 10,000\n\nfirst run\n", _figures(home=(40.0, 9)))
    assert "Growth" not in path.read_text()  # one scale: nothing to compare
    bench.write_results(
        str(path), 1000, "## Scale 1,000\n\nsmall\n", _figures(home=(10.0, 9), finder=(50.0, 11))
    )
    figures = _figures(home=(11.5, 9), finder=(240.0, 11))
    bench.write_results(str(path), 10000, "## Scale 10,000\n\nsecond run\n", figures)
    text = path.read_text()
    assert text.startswith(bench.RESULTS_HEADER)
    assert "first run" not in text
    assert text.index("## Growth") < text.index("## Scale 1,000") < text.index("## Scale 10,000")
    assert text.index("## Scale 10,000") < text.index("second run")
    assert "| home | 10.0 | 11.5 | +15% | 9 | 9 | pass |" in text
    assert "| finder | 50.0 | 240.0 | +380% | 11 | 11 | **miss** |" in text
    assert (tmp_path / "results.json").exists()


def test_quick_mode_is_a_tiny_data_set_in_a_database_of_its_own():
    args = bench.parse_args(["--quick"])
    assert (args.scale, args.seconds, args.database) == (100, 2, "kn_bench_quick")
    assert bench.parse_args([]).database == "kn_bench"
    with pytest.raises(SystemExit):
        bench.parse_args(["--database", "kn; DROP DATABASE test"])


def test_server_url_drops_the_database_of_pg_url():
    assert bench.server_url("postgres://postgres@127.0.0.1:5432/test") == "postgres://postgres@127.0.0.1:5432"
    assert bench.server_url("postgres://u:p@db.example:6432") == "postgres://u:p@db.example:6432"


def test_the_share_is_of_the_floor_measured_next_to_the_page():
    row = bench.Row(
        "home", "/", bench.Measurement(100.0, 8.0, 12.0, 1000), 4, floor=bench.Measurement(400.0, 1, 1)
    )
    line = bench.pass_table(_pass(row)).splitlines()[2]
    assert "| 400 | 25.0% | ≥ 10% | pass |" in line  # not 100 of the pass's floor of 1,100 (9.1 %)
