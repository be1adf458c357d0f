"""Bytes -> text: refuse binary files, find the encoding, decode.

The order follows what browsers do (WHATWG "encoding sniffing"), with one
exception explained in ``_decode``: a byte order mark wins, then the HTTP
charset, then a ``<meta>`` charset, then strict UTF-8, then detection.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
import zlib

from cronaca.errors import CronacaError

HEAD = 4096          # how far to look for a <meta> charset, NUL bytes, tags

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF-", "PDF document"), (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive, or a .docx/.xlsx/.epub"), (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\x7fELF", "ELF executable"),
    (b"BZh", "bzip2-compressed data"), (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"(\xb5/\xfd", "zstd-compressed data"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old MS Office file"),
    (b"SQLite format 3\x00", "SQLite database"), (b"PAR1", "Parquet file"),
    (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"), (b"fLaC", "FLAC audio"),
    (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"), (b"\xca\xfe\xba\xbe", "Java class"),
)

# Labels browsers treat as a superset encoding (WHATWG Encoding Standard):
# pages labelled latin-1 are in practice windows-1252, and so on.
_SUPERSETS = {
    "ascii": "cp1252", "iso8859_1": "cp1252", "iso8859_9": "cp1254", "tis_620": "cp874",
    "iso8859_11": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932",
    "euc_kr": "cp949",
}
_ALIASES = {  # labels seen on the web that Python's codec registry lacks
    "windows-874": "cp874", "x-sjis": "cp932", "windows-31j": "cp932", "x-gbk": "gb18030",
    "x-cp1250": "cp1250", "x-cp1251": "cp1251", "unicode-1-1-utf-8": "utf-8",
}
_WIDE = ("utf_16", "utf_32")

_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([a-zA-Z0-9._:-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)""", re.I)

_HTML_START = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:p|div|br|h[1-6]|head|body|title|meta|link|script|style|article|"
                        r"section|header|footer|nav|main|table|tr|td|ul|ol|li|span|a|img)[\s/>]", re.I)


def decode(data: bytes, *, content_type: str | None = None, source: str = "") -> tuple[str, str]:
    """Decode page bytes; return (text, encoding name) or raise ``CronacaError``."""
    if not data.strip():
        raise CronacaError("empty", source)
    text, encoding = _decode(data, content_type, source)
    if not text.strip():
        raise CronacaError("empty", source)
    return text, encoding


def _decode(data: bytes, content_type: str | None, source: str) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom) and (text := _try(data[len(bom):], codec)) is not None:
            return text, codec
    if kind := binary_kind(data):
        raise CronacaError("binary", source, detail=kind)
    nul = b"\x00" in data[:HEAD]
    declared = [c for c in (_http_charset(content_type), _meta_charset(data))
                if c and (nul or not c.startswith(_WIDE))]  # UTF-16 has NULs in ASCII text
    wide = any(c.startswith(_WIDE) for c in declared)
    if nul and not wide and (found := _bomless_wide(data)):
        return found  # NULs in fixed columns outweigh any (ASCII-readable) label
    if not wide:
        _refuse_binary(data, source)
    utf8 = _try(data, "utf-8")
    for codec in declared:
        # Valid non-ASCII UTF-8 is almost never an accident, while servers and
        # templates that claim latin-1 for UTF-8 pages are common: trusting the
        # label would fill the text with mojibake ("MÃ¼ller"), which later steps
        # would flag as words in no dictionary.
        if utf8 is not None and not data.isascii() and not codec.startswith(_WIDE):
            return utf8, "utf-8"
        if (text := _try(data, codec)) is not None:
            return text, _pretty(codec)
    if utf8 is not None:
        return utf8, "utf-8"
    return _detect(data, source)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _codec(label: str | bytes | None) -> str | None:
    """A Python codec name for a charset label, upgraded to its superset."""
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    label = (label or "").strip().lower()
    try:
        name = codecs.lookup(_ALIASES.get(label, label)).name.replace("-", "_") if label else None
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def _http_charset(content_type: str | None) -> str | None:
    match = _HTTP_CHARSET.search(content_type or "")
    return _codec(match.group(1)) if match else None


def _meta_charset(data: bytes) -> str | None:
    head = data[:HEAD]
    match = _META.search(head) or _XML_DECL.search(head)
    codec = _codec(match.group(1)) if match else None
    # A label we could read as ASCII cannot be UTF-16; browsers use UTF-8 then.
    return "utf_8" if codec and codec.startswith(_WIDE) else codec


def _pretty(codec: str) -> str:
    name = codecs.lookup(codec).name
    if m := re.fullmatch(r"cp(125\d)", name):
        return f"windows-{m.group(1)}"
    if m := re.fullmatch(r"iso8859-(\d+)", name):
        return f"iso-8859-{m.group(1)}"
    return name


def _refuse_binary(data: bytes, source: str) -> None:
    if b"\x00" in data[:HEAD]:
        raise CronacaError("binary", source, detail="it holds NUL bytes")
    if _control_ratio(data[:HEAD]) > 0.1:
        raise CronacaError("binary", source, detail="it holds control characters")


def binary_kind(data: bytes) -> str | None:
    """Name the binary format the bytes start with, if a known one."""
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (magic != b"BZh" or data[4:10] == b"1AY&SY"):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"RIFF {data[8:12].decode().strip()} media"
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "Windows executable"
    return None


def _control_ratio(head: bytes) -> float:
    # NUL is handled apart (UTF-16); ESC, SO and SI appear in ISO-2022 text.
    controls = sum(head.count(bytes([b])) for b in (*range(1, 9), *range(16, 27), *range(28, 32)))
    return controls / max(len(head), 1)


def _bomless_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-16/32 without a BOM: mostly-ASCII text leaves NULs in fixed columns."""
    head = data[:HEAD]
    for codec, width, zero_cols in (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
                                    ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,))):
        cols = [head[i::width] for i in range(width)]
        if all(c.count(0) > 0.5 * len(c) for i, c in enumerate(cols) if i in zero_cols) and \
                all(c.count(0) < 0.05 * len(c) for i, c in enumerate(cols) if i not in zero_cols):
            text = _try(data, codec)
            if text is not None and _plausible(text):
                return text, codec
    return None


def _detect(data: bytes, source: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    text = str(best) if best is not None else None
    if text is None or not _plausible(text):
        raise CronacaError("undecodable", source)
    if _try(data, "cp1252") == text:  # detectors often name a rarer twin (cp1250)
        return text, "windows-1252"
    return text, _pretty(best.encoding)


def _plausible(text: str, sample: int = 20000) -> bool:
    head = text[:sample]
    bad = sum(1 for ch in head if ch == "\ufffd" or (
        unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f\v\x1b"))
    return bad <= 0.02 * len(head)


def sniff_kind(text: str) -> str:
    """"html" if the text starts like an HTML document or is full of tags, else "text"."""
    head = text[:HEAD].lstrip("\ufeff \t\r\n")
    if _HTML_START.match(head):
        return "html"
    return "html" if len(_BLOCK_TAG.findall(head)) >= 3 else "text"


# -- helpers shared by the file and HTTP readers ------------------------------

def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        n /= 1024
        if n < 1024 or unit == "TB":
            return f"{n:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    raise AssertionError("unreachable")


def too_large(source: str, size: int | None, cap: int) -> CronacaError:
    """``size`` None means the reader stopped counting at the cap."""
    detail = human_size(size) if size is not None else f"more than {human_size(cap)}"
    return CronacaError("too_large", source, detail=detail, cap=human_size(cap))


def gunzip(data: bytes, cap: int, source: str) -> bytes:
    """Decompress every gzip member, refusing more than ``cap`` bytes of output."""
    out = bytearray()
    while data:
        stream = zlib.decompressobj(wbits=31)
        try:
            while data:
                out += stream.decompress(data, cap + 1 - len(out))
                if len(out) > cap:
                    raise too_large(source, None, cap)
                data = stream.unconsumed_tail
        except zlib.error as exc:
            raise CronacaError("not_readable", source, detail=f"corrupt gzip data: {exc}") from None
        if not stream.eof:
            raise CronacaError("not_readable", source,
                               detail="truncated gzip data: was the download interrupted?")
        data = stream.unused_data.lstrip(b"\x00")  # some writers pad members with NULs
    return bytes(out)
