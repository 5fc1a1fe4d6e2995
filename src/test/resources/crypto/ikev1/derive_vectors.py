#!/usr/bin/env python3
"""Independent IKEv1 (RFC 2409) derivations used as known answers by Ikev1KdfTest.

Written from the RFC text with Python's hashlib/hmac and the 'cryptography' package (AES-CBC);
run it to reproduce every hex value pasted into the test."""
import hashlib, hmac, struct
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

def prf(h, k, *parts): return hmac.new(k, b"".join(parts), h).digest()
def hsh(h, *parts): return hashlib.new(h, b"".join(parts)).digest()
def expand_enc(h, e, n):
    if len(e) >= n: return e[:n]
    out, k = b"", b"\x00"
    while len(out) < n:
        k = prf(h, e, k); out += k
    return out[:n]
def keymat(h, d, pfs, proto, spi, ni, nr, n):
    tail = (pfs or b"") + bytes([proto]) + struct.pack(">I", spi) + ni + nr
    out, k = b"", b""
    while len(out) < n:
        k = prf(h, d, k, tail); out += k
    return out[:n]

psk = b"cisco123"
ni = bytes(range(0x10, 0x10 + 20))
nr = bytes(range(0x40, 0x40 + 24))
cky_i = bytes.fromhex("0102030405060708")
cky_r = bytes.fromhex("a1a2a3a4a5a6a7a8")
gxi = bytes([0x11]) * 128
gxr = bytes([0x22]) * 128
gxy = bytes([0x33]) * 128
sai_b = bytes.fromhex("00000001000000010000002c01010001000000240101000080010007800e0080800200028004000280030001800b0001800c7080")
idii_b = bytes.fromhex("011101f47a7a7a7a")   # ID_IPV4_ADDR, UDP/500, 122.122.122.122
idir_b = bytes.fromhex("011100004d4d4d4d")   # ID_IPV4_ADDR, UDP/0, 77.77.77.77

for h, keylen in (("sha1", 24), ("sha1", 32), ("sha256", 16), ("md5", 24)):
    skeyid = prf(h, psk, ni, nr)
    d = prf(h, skeyid, gxy, cky_i, cky_r, b"\x00")
    a = prf(h, skeyid, d, gxy, cky_i, cky_r, b"\x01")
    e = prf(h, skeyid, a, gxy, cky_i, cky_r, b"\x02")
    print(h, keylen, "SKEYID", skeyid.hex())
    print(h, keylen, "SKEYID_d", d.hex())
    print(h, keylen, "SKEYID_a", a.hex())
    print(h, keylen, "SKEYID_e", e.hex())
    print(h, keylen, "enc key", expand_enc(h, e, keylen).hex())
    bs = 8 if keylen == 24 else 16
    print(h, keylen, "iv", hsh(h, gxi, gxr)[:bs].hex())
    print(h, keylen, "HASH_I", prf(h, skeyid, gxi, gxr, cky_i, cky_r, sai_b, idii_b).hex())
    print(h, keylen, "HASH_R", prf(h, skeyid, gxr, gxi, cky_r, cky_i, sai_b, idir_b).hex())

print("sig SKEYID", prf("sha1", ni + nr, gxy).hex())
h = "sha1"
skeyid = prf(h, psk, ni, nr)
d = prf(h, skeyid, gxy, cky_i, cky_r, b"\x00")
a = prf(h, skeyid, d, gxy, cky_i, cky_r, b"\x01")
mid = 0xCAFEBABE
after = bytes.fromhex("0a000010") + bytes(12)    # stand-in payload chain after HASH
print("QM HASH(1)", prf(h, a, struct.pack(">I", mid), after).hex())
print("QM HASH(2)", prf(h, a, struct.pack(">I", mid), ni, after).hex())
print("QM HASH(3)", prf(h, a, b"\x00", struct.pack(">I", mid), ni, nr).hex())
print("KEYMAT", keymat(h, d, None, 3, 0x6D7A2F3C, ni, nr, 36).hex())
print("KEYMAT pfs", keymat(h, d, bytes([0x44]) * 256, 3, 0x1C3E3E4A, ni, nr, 64).hex())

# AES-128-CBC IV chaining: phase 1 (two messages), then a quick mode exchange.
key = bytes(range(16))
iv0 = hsh("sha1", gxi, gxr)[:16]
def enc(iv, pt):
    pt = pt + bytes((-len(pt)) % 16)
    c = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return c.update(pt) + c.finalize()
m5 = enc(iv0, b"main mode message 5 payloads")
m6 = enc(m5[-16:], b"main mode message 6")
qiv = hsh("sha1", m6[-16:], struct.pack(">I", mid))[:16]
q1 = enc(qiv, b"quick mode 1")
q2 = enc(q1[-16:], b"quick mode 2")
print("m5", m5.hex()); print("m6", m6.hex()); print("qiv", qiv.hex()); print("q1", q1.hex()); print("q2", q2.hex())
