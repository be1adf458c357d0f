"""``cronaca eval ...``: score the pipeline on annotated data."""
from __future__ import annotations

import json
from contextlib import contextmanager

import click


@click.group("eval")
def eval_group():
    """Measure quality on annotated corpora."""


@eval_group.command("lines")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_lines(directory, as_json):
    """Score the plain-text line cleaner on line-level clean/noise labels.

    DIRECTORY holds LANG/train.json and LANG/dev.json files, each a JSON list
    of {"text": [lines], "labels": ["0"|"1", ...]} ("1" = clean).
    """
    from cronaca.evaluate.lines import evaluate_lines, format_lines_report
    with _malformed(directory, "labelled lines ({\"text\": [...], \"labels\": [...]})"):
        result = evaluate_lines(directory)
    _require(result["languages"], directory, "holds no LANG/SPLIT.json files of labelled lines")
    click.echo(json.dumps(result, indent=2) if as_json else format_lines_report(result))


@eval_group.command("quotes")
@click.option("--polnear", "directory", type=click.Path(exists=True, file_okay=False),
              help="A PolNeAR folder (train/ and dev/ with text/ and attributions/).")
@click.option("--marked", type=click.Path(exists=True, file_okay=False),
              help="A folder of LANG_NAME.txt articles annotated inline (⟦q1|...⟧); "
                   "default, without --polnear: the multilingual set cronaca ships.")
@click.option("--split", type=click.Choice(["dev", "train", "test", "blind", "fresh"]),
              help="The split to score: with --polnear dev (default) or train; otherwise "
                   "one split of the set cronaca ships (dev, test, blind, fresh; default dev "
                   "and test).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_quotes(directory, marked, split, as_json):
    """Score quotes and speakers against attribution annotations.

    Quote F1 at 30% and 80% token overlap, speaker accuracy on matched quotes,
    and indirect-attribution F1: on PolNeAR (English, BRAT files) with --polnear;
    otherwise per language on inline-annotated articles (--marked, or the set
    cronaca ships: en it fr de es pt nl pl cs ru uk bg sl).
    """
    if directory and marked:
        raise click.UsageError("give --polnear or --marked, not both")
    if directory:
        from cronaca.evaluate.polnear import evaluate_polnear, format_polnear_report
        split = split or "dev"
        if split not in ("dev", "train"):
            raise click.UsageError(f"--polnear has train and dev splits, not {split}")
        result = evaluate_polnear(directory, split=split)
        _require(result["documents"], directory,
                 f"holds no {split}/text/*.txt with {split}/attributions/*.ann; "
                 "give the PolNeAR folder that contains train/ and dev/")
        click.echo(json.dumps(result, indent=2) if as_json else format_polnear_report(result))
        return
    from cronaca.evaluate import marked as m
    click.echo(_marked_sets(marked, split, m, m.evaluate_marked, m.format_marked_report,
                            "articles annotated inline (⟦q1|...⟧)", as_json))


@eval_group.command("entities")
@click.option("--bsnlp", type=click.Path(exists=True, file_okay=False),
              help="A BSNLP folder (TOPIC/raw/LANG, TOPIC/annotated/LANG).")
@click.option("--conll", type=click.Path(exists=True, dir_okay=False),
              help="A token<TAB>BIO-tag file (e.g. KIND, Italian).")
@click.option("--language", default="it", show_default=True,
              help="Language of the --conll file.")
@click.option("--corpus", "across", is_flag=True,
              help="With --bsnlp: score grouping across documents and languages, as the "
                   "corpus (cronaca ingest) merges entities.")
@click.option("--topic", "topics", multiple=True, metavar="NAME",
              help="With --bsnlp: only these topics (repeatable).")
@click.option("--marked", type=click.Path(exists=True, file_okay=False),
              help="A folder of LANG_NAME.txt articles with names marked inline "
                   "(⟦PER1|...⟧); default, without --bsnlp or --conll: the set cronaca ships.")
@click.option("--split", type=click.Choice(["dev", "test", "blind", "fresh"]),
              help="One split of the set cronaca ships: dev, test, blind, fresh "
                   "(default dev and test).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_entities(bsnlp, conll, marked, split, language, across, topics, as_json):
    """Score entity mentions and alias grouping (BSNLP), token-level F1 (CoNLL), or
    mentions and grouping per language on inline-annotated articles (--marked, or
    without options the set cronaca ships: en it fr de es pt nl pl cs ru uk bg sl)."""
    from cronaca.evaluate import entities as ev
    outputs = []
    if marked or split or not (bsnlp or conll):
        from cronaca.evaluate import entity_marked as em
        outputs.append(_marked_sets(marked, split, em, em.evaluate_entity_marked,
                                    em.format_entity_marked_report,
                                    "articles with names marked inline (⟦PER1|...⟧)", as_json))
    if across and not bsnlp:
        raise click.UsageError("--corpus scores BSNLP cross-lingual ids: give --bsnlp DIR")
    if bsnlp and across:
        from cronaca.evaluate.corpus_entities import evaluate_bsnlp_corpus, format_bsnlp_corpus
        result = evaluate_bsnlp_corpus(bsnlp, list(topics) or None)
        _require(result["items"], bsnlp, "holds no TOPIC/annotated/LANG/*.out files with their raw texts")
        outputs.append(json.dumps(result, indent=2) if as_json else format_bsnlp_corpus(result))
    elif bsnlp:
        result = ev.evaluate_bsnlp(bsnlp, list(topics) or None)
        _require(result, bsnlp, "holds no TOPIC/annotated/LANG/*.out files with their raw texts")
        outputs.append(json.dumps(result, indent=2) if as_json else ev.format_bsnlp(result))
    if conll:
        with _malformed(conll, "token<TAB>BIO-tag lines"):
            result = ev.evaluate_conll(conll, language=language)
        _require(result["overall"]["gold"], conll, "holds no gold entities (token<TAB>B-TYPE lines)")
        outputs.append(json.dumps(result, indent=2) if as_json else ev.format_conll(result))
    click.echo("\n\n".join(outputs))


def _marked_sets(marked: str | None, split: str | None, module, evaluate, report,
                 expected: str, as_json: bool) -> str:
    """Score a folder of inline-annotated articles, or one split of the set cronaca
    ships (``module.SHIPPED``/``module.SPLITS``), by default dev and test: one report
    each, or JSON."""
    if marked and split:
        raise click.UsageError("give --marked or --split, not both")
    if split and split not in module.SPLITS:
        raise click.UsageError(f"the set cronaca ships has no {split} split "
                               f"({', '.join(module.SPLITS)})")
    folders = [marked] if marked else [module.SHIPPED / s
                                       for s in ([split] if split else module.DEFAULT_SPLITS)]
    results = []
    for folder in folders:
        with _malformed(str(folder), expected):
            results.append(evaluate(folder))
        _require(results[-1]["documents"], folder, "holds no LANG_NAME.txt annotated articles")
    if as_json:
        return json.dumps(results if len(results) > 1 else results[0], indent=2, ensure_ascii=False)
    return "\n\n".join(report(r) for r in results)


@eval_group.command("links")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_links(directory, as_json):
    """Precision and recall of article links, by kind, on a hand-made set.

    DIRECTORY holds articles/*.txt and gold.tsv (a<TAB>b<TAB>kind, by file stem);
    every pair not listed is expected unlinked. tests/fixtures/links is one.
    """
    from pathlib import Path
    from cronaca.evaluate.links import evaluate_links, format_links_report
    _require((Path(directory) / "gold.tsv").is_file(), directory, "holds no gold.tsv")
    with _malformed(directory, "gold.tsv lines a<TAB>b<TAB>kind"):
        result = evaluate_links(directory)
    click.echo(json.dumps(result, indent=2) if as_json else format_links_report(result))


@eval_group.command("diff")
@click.argument("directories", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False))
@click.option("--limit", type=int, default=100, show_default=True,
              help="At most N articles get injected edits.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the edits.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_diff(directories, limit, seed, as_json):
    """Recall and false reports of cronaca diff.

    A folder of clean articles (any layout eval diagnostics reads): each article gets a
    copy with a number changed, a name replaced, a sentence dropped and one added, and
    the diff must find them. A links set (articles/ and gold.tsv, e.g.
    tests/fixtures/links): its translation pairs are faithful, so whatever the diff
    reports on them is false.
    """
    from pathlib import Path
    from cronaca.evaluate import diff as ev
    pairs = [d for d in directories if (Path(d) / "gold.tsv").is_file()]
    clean = [d for d in directories if d not in pairs]
    with _malformed(", ".join(directories), "a folder of texts or a links set"):
        injected = ev.evaluate_injected(clean, limit, seed) if clean else None
        translations = [ev.evaluate_translations(d) for d in pairs]
    _require((injected or {}).get("articles") or any(t["pairs"] for t in translations),
             ", ".join(directories), "holds no article of six sentences or more, and no "
             "translation pair")
    if as_json:
        click.echo(json.dumps({"injected": injected, "translations": translations},
                              indent=2, ensure_ascii=False))
        return
    click.echo(ev.format_diff_report(injected, translations))


@eval_group.command("stories")
@click.option("--bsnlp", "directory", required=True, type=click.Path(exists=True, file_okay=False),
              help="A BSNLP folder: one TOPIC/raw/LANG/*.txt folder a topic.")
@click.option("--topic", "topics", multiple=True, metavar="NAME",
              help="Only these topics (repeatable).")
@click.option("--db", metavar="PATH", help="Keep the corpus in PATH (documents already in it "
              "are not analysed again) instead of a temporary file.")
@click.option("--rebuild", is_flag=True, help="Cluster the whole corpus again before scoring.")
@click.option("--batch", "output", metavar="DIR", help="Score the stories of cronaca batch "
              "(link components, on Spark) instead, with the batch output in DIR.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master for --batch.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_stories(directory, topics, db, rebuild, output, master, as_json):
    """BCubed precision/recall/F1 of stories against BSNLP topics, over all articles,
    per language, and on the topics the thresholds were chosen on and the others.

    Each document is analysed, linked and assigned to a story as ingest does,
    oldest first; with --batch, as cronaca batch does.
    """
    from cronaca.evaluate.stories import evaluate_stories, format_stories_report
    if output:
        from cronaca.errors import CronacaError
        from cronaca.evaluate.batch_stories import evaluate_batch_stories
        try:
            result = evaluate_batch_stories(directory, output, master, list(topics) or None)
        except CronacaError as exc:
            raise click.ClickException(exc.one_line()) from None
    else:
        result = evaluate_stories(directory, list(topics) or None, db=db, rebuild=rebuild)
    _require(result["articles"], directory, "holds no TOPIC/raw/LANG/*.txt documents")
    click.echo(json.dumps(result, indent=2) if as_json else format_stories_report(result))


@eval_group.command("diagnostics")
@click.argument("directories", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False))
@click.option("--language", help="Language of token files (KIND) or plain texts; "
              "otherwise read from the folder layout (BSNLP: LANG folders; PolNeAR: en) or detected.")
@click.option("--inject", "per_kind", type=int, default=0, show_default=True,
              help="Also inject N traces of each kind (non-word, foreign fragment, homoglyph, "
                   "doubled word, markup) into every document and report recall per kind.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the injections.")
@click.option("--limit", type=int, help="At most N documents per folder.")
@click.option("--examples", is_flag=True, help="List the first warnings of each language.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_diagnostics(directories, language, per_kind, seed, limit, examples, as_json):
    """Warnings per 1,000 words on clean, professionally edited text (all false), per corpus,
    language and kind; with --inject, recall on injected traces.

    DIRECTORIES may be BSNLP (TOPIC/raw/LANG/*.txt), PolNeAR (SPLIT/text/*.txt),
    token<TAB>tag files (KIND), HTML pages (*.html, *.html.gz) or plain *.txt files.
    """
    from cronaca.evaluate import diagnostics as ev
    with _malformed(", ".join(directories), "a folder of texts, token files or pages"):
        result = ev.evaluate_clean(list(directories), language=language, limit=limit)
    _require(result, ", ".join(directories), "holds no texts to score (BSNLP, PolNeAR, "
             "token files, HTML pages or .txt files)")
    if per_kind:
        injected = ev.evaluate_injected(list(directories), per_kind, seed, language, limit)
        result = {"clean": result, "injected": injected}
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    clean = result["clean"] if per_kind else result
    click.echo(ev.format_clean(clean, examples=examples))
    if per_kind:
        click.echo("\n" + ev.format_injected(result["injected"]))


def _require(found, directory: str, what: str) -> None:
    """Scoring nothing is a wrong folder, not a score of 0: say so and exit 2."""
    if not found:
        raise click.UsageError(f"{directory} {what}")


@contextmanager
def _malformed(path: str, expected: str):
    """A file in the wrong shape gets one line naming what was expected."""
    try:
        yield
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise click.UsageError(f"{path}: not {expected} ({type(exc).__name__}: {exc})") from None
