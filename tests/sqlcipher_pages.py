"""Decrypt a SQLCipher 4 file page by page (test-only), to look for text on the raw disk image.

With a raw 32-byte key SQLCipher uses the key itself for AES-256-CBC; each page keeps its
16-byte IV in the reserved area at the end (IV 16 + HMAC-SHA512 64 = 80 bytes). Page 1
starts with the 16-byte salt. Freed pages are decrypted too, which is the point: a
deleted note must not be recoverable from them (SECURITY.md promise 17).
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()


def decrypted_image(db_path: Path, key_hex: str) -> bytes:
    """The plaintext of every page of the database file and of its WAL frames."""
    key = bytes.fromhex(key_hex)
    data = db_path.read_bytes()
    out = [_decrypt_page(key, data[i : i + PAGE], i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(raw):
            pgno = int.from_bytes(raw[pos : pos + 4], "big")
            out.append(_decrypt_page(key, raw[pos + FRAME_HEADER : pos + FRAME_HEADER + PAGE], pgno == 1))
            pos += FRAME_HEADER + PAGE
    return b"".join(out)
