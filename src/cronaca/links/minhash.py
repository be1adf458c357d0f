"""MinHash signatures of word 3-shingles and their LSH bands, stored in SQLite.

The LSH buckets live in the ``link_bands`` table (band, hash, article) rather than
in an in-memory datasketch ``MinHashLSH``: an ingest adds 32 rows and looks up 32
keys through an index, and no process ever rebuilds the index from scratch. With
32 bands of 4 rows, a pair is a candidate with probability 1-(1-J^4)^32: 0.99 at
Jaccard 0.5, 0.23 at 0.3, 0.0003 at 0.1 (near-copies are found; rewrites with
less shared text come through the embedding index as well).
"""
from __future__ import annotations

import hashlib

import numpy as np

NUM_PERM, BANDS, ROWS = 128, 32, 4
_SEED = 1


def _minhash_class():
    try:
        from datasketch import MinHash
    except ImportError:
        from cronaca.errors import CronacaError
        raise CronacaError("missing_package", detail="datasketch") from None
    return MinHash


def signature(shingles: set[str]) -> np.ndarray:
    """128 uint64 minima; the same shingles always give the same signature."""
    m = _minhash_class()(num_perm=NUM_PERM, seed=_SEED)
    if shingles:
        m.update_batch([s.encode("utf-8") for s in shingles])
    return m.hashvalues.astype(np.uint64)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8")


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, 63-bit bucket hash) for each of the 32 bands."""
    out = []
    for i, row in enumerate(sig.reshape(BANDS, ROWS)):
        digest = hashlib.blake2b(row.astype("<u8").tobytes(), digest_size=8).digest()
        out.append((i, int.from_bytes(digest, "little") >> 1))   # SQLite INTEGER is signed
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))
