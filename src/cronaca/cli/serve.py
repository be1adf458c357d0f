"""``cronaca serve``: the web app (pages and a JSON API) over one corpus."""
from __future__ import annotations

import sys

import click

from cronaca.cli.corpus import db_option
from cronaca.options import FetchOptions

_DEFAULTS = FetchOptions()


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1, localhost or ::1 "
                   "needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="CRONACA_TOKEN", metavar="TOKEN",
              help="Access token every request must carry (?token=TOKEN once, which sets "
                   "a cookie, or Authorization: Bearer TOKEN). Also read from CRONACA_TOKEN.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=_DEFAULTS.max_bytes,
              show_default=True, help="Refuse pages (pasted, uploaded or fetched) larger "
                                      "than this; larger requests get 413.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=_DEFAULTS.timeout,
              show_default=True, help="Seconds to wait for a server when analysing a URL.")
@click.option("--allow-private", is_flag=True,
              help="Let URL analysis fetch loopback, private or link-local addresses.")
def serve(db, host, port, token, max_bytes, timeout, allow_private):
    """Serve the web app: analyse pages, read articles with who said what and
    translation warnings, speakers, stories, copies and their likely original, search.

    The corpus file is created when missing.
    """
    from cronaca.errors import CronacaError, UsageError
    try:
        from cronaca.web import WebConfig, check_binding, create_app
        import uvicorn
    except ImportError as exc:
        click.echo(f"cronaca: serve needs the web extra ({exc.name} is missing): "
                   "pip install 'cronaca[web]'", err=True)
        sys.exit(2)
    try:
        check_binding(host, token)
    except UsageError as exc:
        click.echo(f"cronaca: {exc}", err=True)
        sys.exit(2)
    from cronaca.corpus import Corpus
    try:
        Corpus(db).close()              # create it, run its migrations, once
    except CronacaError as exc:
        click.echo(f"cronaca: {exc.one_line()}", err=True)
        sys.exit(1)
    config = WebConfig(db=db, token=token, allow_private=allow_private,
                       max_bytes=max_bytes, timeout=timeout)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"cronaca: serving {db} on http://{shown}:{port}/"
               + (" (token required)" if token else ""), err=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")
