"""The attribution of dash speech ("— Text, — сказал он. — More text.")."""
from __future__ import annotations

from cronaca.quotes.attribution import Attribution, after, before
from cronaca.quotes.context import Context
from cronaca.quotes.lexicon import Lexicon, cues
from cronaca.quotes.marks import Marked

def dash_attribution(ctx: Context, m: Marked, lex: Lexicon,
                     det) -> tuple[Marked, Attribution | None]:
    """The speech pieces (a comma before a final cue ends the last) and their cue."""
    m = _comma_attribution(ctx.text, m, lex)
    hi = m.pieces[1][0] if len(m.pieces) > 1 else ctx.paragraph(m.close - 1)[1]
    return m, after(ctx.text, m.pieces[0][1], hi, lex, det) or _dash_lead(ctx, m, lex, det)


def _comma_attribution(text: str, m: Marked, lex: Lexicon) -> Marked:
    """'— Nous ne reculerons pas, a déclaré X.': no closing dash, the cue after a comma."""
    if len(m.pieces) > 1:
        return m
    lo, hi = m.pieces[0]
    for cue in reversed(cues(lex.verbs, text, lo, hi)):
        comma = text[:cue.start()].rstrip()
        if comma.endswith(",") and len(comma) - 1 > lo:
            return Marked(((lo, len(comma) - 1),), m.open, len(comma) - 1, dash=True)
    return m


def _dash_lead(ctx: Context, m: Marked, lex: Lexicon, det) -> Attribution | None:
    """'Kim said:' closing the paragraph before a dash quote."""
    para_lo = ctx.paragraph(m.open)[0]
    if para_lo < 2 or ctx.text[:para_lo].rstrip()[-1:] != ":":
        return None
    prev_hi = len(ctx.text[:para_lo].rstrip())
    return before(ctx.text, ctx.sentence(prev_hi - 1)[0], prev_hi, lex, det)
