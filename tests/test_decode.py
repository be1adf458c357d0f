"""Bytes -> text: BOMs, declared charsets, detection, binary and empty input."""
from __future__ import annotations

import codecs
import gzip
import random

import pytest

from cronaca.errors import CronacaError
from cronaca.sources.decode import decode, gunzip, human_size, sniff_kind

RUSSIAN = ("Президент России заявил, что переговоры с руководством Северной Кореи "
           "прошли успешно и продолжатся в следующем году.")
POLISH = ("Prezydent powiedział, że rząd będzie kontynuował rozmowy z przedstawicielami "
          "związków zawodowych. Żółta łódź płynęła po jeziorze.")
GERMAN = ("Die Bundesregierung hat am Montag erklärt, dass die Gespräche über die Förderung "
          "der Fußgängerzonen in München weitergehen. Der Bürgermeister äußerte sich zufrieden.")
JAPANESE = "首脳会談は東京で行われ、両国の代表が経済協力について話し合いました。"
ITALIAN = "Secondo fonti russe, il vertice tra Putin e Kim si è svolto a Vladivostok."


def html(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def test_windows_1251_from_the_http_header():
    data = html(RUSSIAN).encode("windows-1251")
    text, encoding = decode(data, content_type="text/html; charset=windows-1251")
    assert RUSSIAN in text and encoding == "windows-1251"


def test_windows_1251_without_any_declaration_is_detected():
    text, encoding = decode(RUSSIAN.encode("windows-1251"))
    assert text == RUSSIAN and encoding == "windows-1251"


def test_iso_8859_2_from_a_meta_http_equiv():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
    text, encoding = decode(html(POLISH, meta).encode("iso-8859-2"))
    assert POLISH in text and encoding == "iso-8859-2"


def test_shift_jis_from_a_meta_charset():
    data = html(JAPANESE, '<meta charset="Shift_JIS">').encode("shift_jis")
    text, encoding = decode(data)
    assert JAPANESE in text
    assert encoding == "cp932"  # browsers read Shift_JIS labels as its superset


def test_latin_1_german_without_declaration():
    text, encoding = decode(GERMAN.encode("latin-1"))
    assert text == GERMAN and encoding == "windows-1252"


@pytest.mark.parametrize("codec, bom", [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-8", codecs.BOM_UTF8)])
def test_a_byte_order_mark_wins_and_is_removed(codec, bom):
    data = bom + html(ITALIAN).encode(codec)
    text, encoding = decode(data, content_type="text/html; charset=windows-1251")
    assert text.startswith("<!DOCTYPE") and ITALIAN in text and encoding == codec


def test_utf_16_with_bom_from_python_codec():
    text, encoding = decode(RUSSIAN.encode("utf-16"))
    assert text == RUSSIAN and encoding.startswith("utf-16")


def test_utf_16_without_bom_is_recognised_by_its_nul_columns():
    text, encoding = decode(ITALIAN.encode("utf-16-le"))
    assert text == ITALIAN and encoding == "utf-16-le"


def test_http_charset_beats_meta_charset():
    data = html(RUSSIAN, '<meta charset="koi8-r">').encode("windows-1251")
    assert decode(data, content_type="text/html;charset=cp1251")[1] == "windows-1251"


def test_a_declared_charset_that_fails_falls_through():
    data = RUSSIAN.encode("windows-1251")
    text, encoding = decode(data, content_type="text/html; charset=utf-8")
    assert text == RUSSIAN and encoding == "windows-1251"


def test_an_unknown_charset_label_is_ignored():
    data = html(ITALIAN, '<meta charset="no-such-charset">').encode("utf-8")
    assert decode(data, content_type="text/html; charset=bogus")[1] == "utf-8"


def test_utf_8_labelled_latin_1_is_read_as_utf_8():
    # A common server misconfiguration; trusting the label would give "MÃ¼nchen".
    text, encoding = decode(GERMAN.encode("utf-8"), content_type="text/html; charset=ISO-8859-1")
    assert text == GERMAN and encoding == "utf-8"


def test_latin_1_label_means_windows_1252():
    data = "Il costo è 5 € per l’articolo".encode("windows-1252")
    text, encoding = decode(data, content_type="text/plain; charset=latin-1")
    assert text == "Il costo è 5 € per l’articolo" and encoding == "windows-1252"


def test_xml_declaration_encoding():
    data = f'<?xml version="1.0" encoding="windows-1251"?><html><p>{RUSSIAN}</p></html>'
    assert decode(data.encode("windows-1251"))[1] == "windows-1251"


def test_plain_ascii_is_utf_8():
    assert decode(b"Hello, world.\n") == ("Hello, world.\n", "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8 + b"  \n",
                                  codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_input(data):
    with pytest.raises(CronacaError) as err:
        decode(data, source="empty.html")
    assert err.value.reason == "empty" and err.value.source == "empty.html"


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (gzip.compress(b"<html></html>"), "gzip"),
    (b"\x7fELF\x02\x01\x01\x00", "ELF"),
    (b"some text\x00\x00\x00\x01\x02 more", "NUL"),
    (bytes(range(1, 9)) * 50, "control"),
])
def test_binary_files_are_refused_with_their_kind(data, kind):
    with pytest.raises(CronacaError) as err:
        decode(data, source="x.bin")
    assert err.value.reason == "binary"
    assert kind in err.value.message


def test_random_high_bytes_are_undecodable():
    rng = random.Random(1)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(500))
    with pytest.raises(CronacaError) as err:
        decode(data)
    assert err.value.reason == "undecodable"


@pytest.mark.parametrize("text, kind", [
    ("<!DOCTYPE html>\n<html><body>x</body></html>", "html"),
    ("\ufeff  <html lang='it'><p>x</p></html>", "html"),
    ("<?xml version='1.0'?>\n<!-- saved --><html xmlns='x'>", "html"),
    ("<div class=a><p>one</p><p>two</p></div>", "html"),
    ("Roma, 13 settembre.\nIl presidente ha detto che x < y.\n", "text"),
    ("A headline\n\nText with one <b>bold</b> word.", "text"),
    ("", "text"),
])
def test_sniff_kind(text, kind):
    assert sniff_kind(text) == kind


def test_gunzip_reads_every_member():
    assert gunzip(gzip.compress(b"one ") + gzip.compress(b"two"), 100, "x") == b"one two"


def test_gunzip_caps_the_output():
    with pytest.raises(CronacaError) as err:
        gunzip(gzip.compress(b"\0" * 100_000), 1000, "bomb.gz")
    assert err.value.reason == "too_large"
    assert err.value.message.startswith("the page is more than 1000 bytes")


def test_gunzip_truncated():
    with pytest.raises(CronacaError) as err:
        gunzip(gzip.compress(RUSSIAN.encode() * 20)[:-30], 10_000, "cut.gz")
    assert err.value.reason == "not_readable" and "truncated" in err.value.message


@pytest.mark.parametrize("n, shown", [(12, "12 bytes"), (2048, "2 KB"), (1536, "1.5 KB"),
                                      (20 * 1024 * 1024, "20 MB"), (3 * 1024 ** 3, "3 GB")])
def test_human_size(n, shown):
    assert human_size(n) == shown
