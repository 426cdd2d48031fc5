#!/usr/bin/env python3
"""Writes a cosign-style encrypted key pair, independently of the product: a P-256 key as PKCS#8 DER, sealed with
NaCl secretbox (PyNaCl) under scrypt(password, salt, N=32768, r=8, p=1) in cosign's JSON envelope, as PEM
'ENCRYPTED SIGSTORE PRIVATE KEY'; the public key as PEM 'PUBLIC KEY'. Usage: KEYFILE PUBFILE PASSWORD"""
import base64, hashlib, json, os, sys
import nacl.secret
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

key_file, pub_file, password = sys.argv[1:4]
private = ec.generate_private_key(ec.SECP256R1())
der = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
salt, nonce = os.urandom(32), os.urandom(24)
box_key = hashlib.scrypt(password.encode(), salt=salt, n=32768, r=8, p=1, dklen=32, maxmem=64 * 1024 * 1024)
sealed = nacl.secret.SecretBox(box_key).encrypt(der, nonce).ciphertext
envelope = {"kdf": {"name": "scrypt", "params": {"N": 32768, "r": 8, "p": 1}, "salt": base64.b64encode(salt).decode()},
            "cipher": {"name": "nacl/secretbox", "nonce": base64.b64encode(nonce).decode()},
            "ciphertext": base64.b64encode(sealed).decode()}
body = base64.b64encode(json.dumps(envelope).encode()).decode()
with open(key_file, "w") as f:
    f.write("-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
            + "\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n")
with open(pub_file, "wb") as f:
    f.write(private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
