"""Language-specific data: the one place for it.

Each language is a TOML file next to this module, named by its ISO 639-1 code
(``it.toml``). A file holds sections (``[boilerplate]``, ``[dates]``, later
``[quotes]``, ``[titles]`` ...); code reads a section with
``get("it").section("quotes")`` and never branches on the language code.
``common.toml`` holds phrases that appear on pages in every language (social
network names, "RSS") and is not a language: ``available()`` leaves it out.

Stopwords come from jusText's ~100 stoplists, so a language without a TOML
file still gets prose detection. See README.md here for how to add a language.
"""
from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

COMMON = "common"
# ISO 639-1 (or 639-3 where there is none) -> jusText stoplist name.
_JUSTEXT = dict(pair.split("=") for pair in """
af=Afrikaans sq=Albanian ar=Arabic an=Aragonese hy=Armenian rup=Aromanian ast=Asturian
az=Azerbaijani eu=Basque be=Belarusian bn=Bengali bpy=Bishnupriya_Manipuri bs=Bosnian
br=Breton bg=Bulgarian ca=Catalan ceb=Cebuano cv=Chuvash hr=Croatian cs=Czech da=Danish
nl=Dutch en=English eo=Esperanto et=Estonian fi=Finnish fr=French gl=Galician ka=Georgian
de=German el=Greek gu=Gujarati ht=Haitian he=Hebrew hi=Hindi hu=Hungarian is=Icelandic
io=Ido ig=Igbo id=Indonesian ga=Irish it=Italian jv=Javanese kn=Kannada kk=Kazakh
ko=Korean ku=Kurdish ky=Kyrgyz la=Latin lv=Latvian lt=Lithuanian lmo=Lombard
nds=Low_Saxon lb=Luxembourgish mk=Macedonian ms=Malay ml=Malayalam mt=Maltese mr=Marathi
nap=Neapolitan ne=Nepali new=Newar nb=Norwegian_Bokmal no=Norwegian_Bokmal
nn=Norwegian_Nynorsk oc=Occitan fa=Persian pms=Piedmontese pl=Polish pt=Portuguese
qu=Quechua ro=Romanian ru=Russian sgs=Samogitian sr=Serbian sh=Serbo_Croatian
scn=Sicilian sk=Slovak sl=Slovenian es=Spanish su=Sundanese sw=Swahili sv=Swedish
tl=Tagalog ta=Tamil te=Telugu tr=Turkish tk=Turkmen uk=Ukrainian ur=Urdu uz=Uzbek
vi=Vietnamese vo=Volapuk wa=Walloon war=Waray_Waray cy=Welsh fy=West_Frisian
pnb=Western_Panjabi yo=Yoruba""".split())
_NON_WORD = re.compile(r"[^\w]+|_+")


def normalise(text: str) -> str:
    """Casefold, NFKC, punctuation to spaces: the form phrases are matched in.

    "Leggi anche:" and "LEGGI ANCHE" both become "leggi anche".
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


def _phrases(values: Any) -> frozenset[str]:
    return frozenset(p for p in (normalise(str(v)) for v in values or ()) if p)


@dataclass(frozen=True)
class Boilerplate:
    """Normalised boilerplate phrases, by the reason a match is reported with.

    ``exact`` lines match whole; ``prefixes`` match the first words of a line
    (a prefix also matches a line that is exactly the prefix); ``copyright``
    phrases match anywhere in a short line; ``photo_credits`` and ``bylines``
    are first words of a credit ("foto: ...") or byline ("di Mario Rossi").
    """
    skip_links: frozenset[str] = frozenset()
    exact: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    copyright: frozenset[str] = frozenset()
    photo_credits: frozenset[str] = frozenset()
    bylines: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "Boilerplate":
        return cls(**{name: _phrases(table.get(name)) for name in cls.__dataclass_fields__})

    def merged(self, other: "Boilerplate") -> "Boilerplate":
        return Boilerplate(**{name: getattr(self, name) | getattr(other, name)
                              for name in self.__dataclass_fields__})

    @functools.cached_property
    def longest_prefix(self) -> int:
        """Words in the longest prefix: how far a prefix lookup has to look."""
        return max((len(p.split()) for p in self.prefixes | self.copyright), default=0)


@dataclass(frozen=True)
class LanguageData:
    code: str
    sections: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)
    stopwords: frozenset[str] = field(default=frozenset(), repr=False)

    def section(self, name: str) -> Mapping[str, Any]:
        """A TOML section as read (phrases not normalised); empty when absent."""
        return self.sections.get(name, MappingProxyType({}))

    @functools.cached_property
    def boilerplate(self) -> Boilerplate:
        return Boilerplate.from_table(self.section("boilerplate"))

    @functools.cached_property
    def known(self) -> bool:
        """Whether a TOML file exists for this language."""
        return bool(self.sections)


def _toml_names() -> list[str]:
    return sorted(p.name[:-5] for p in resources.files(__name__).iterdir()
                  if p.name.endswith(".toml"))


def available() -> list[str]:
    """ISO codes of the languages with a data file."""
    return [name for name in _toml_names() if name != COMMON]


def _read_sections(code: str) -> Mapping[str, Mapping[str, Any]]:
    if code not in _toml_names():
        return MappingProxyType({})
    raw = tomllib.loads(resources.files(__name__).joinpath(f"{code}.toml").read_text("utf-8"))
    return MappingProxyType({k: MappingProxyType(v) for k, v in raw.items() if isinstance(v, dict)})


def _stopwords(code: str) -> frozenset[str]:
    name = _JUSTEXT.get(code)
    if name is None:
        return frozenset()
    import justext  # imported here: only needed once per language, then cached
    return frozenset(justext.get_stoplist(name))


@functools.lru_cache(maxsize=None)
def get(code: str | None) -> LanguageData:
    """The data for an ISO 639-1 code ("it", "pt-BR" -> "pt"); never fails.

    An unknown or missing code gives empty phrase sets (and jusText stopwords
    when jusText has a list for it), so callers need no special case.
    """
    code = (code or "").strip().lower().replace("_", "-").split("-")[0]
    if not code or code == COMMON:
        return LanguageData(code=code or "und")
    return LanguageData(code=code, sections=_read_sections(code), stopwords=_stopwords(code))


@functools.lru_cache(maxsize=1)
def common() -> Boilerplate:
    """Phrases of ``common.toml``: page furniture that looks the same in every language."""
    return Boilerplate.from_table(_read_sections(COMMON).get("boilerplate", {}))


def common_section(name: str) -> Mapping[str, Any]:
    """A section of ``common.toml`` as written (empty if absent): data for every language."""
    return _read_sections(COMMON).get(name, MappingProxyType({}))


__all__ = ["Boilerplate", "LanguageData", "available", "common", "common_section", "get", "normalise"]
