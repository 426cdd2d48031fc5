#!/usr/bin/env python3
"""Checks a pushed image's cosign signature independently of the product: reads the sha256-HEX.sig manifest and its
simple-signing layer over the registry API, verifies the annotation's signature with the public key (python3-cryptography),
and that the payload names the digest, the identity and cosign's type. Usage: REGISTRY REPOSITORY DIGEST PUBKEY.PEM
Prints 'verified <tag>' and exits 0, or prints why not and exits 1."""
import base64, hashlib, json, sys, urllib.request
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

registry, repository, digest, key_path = sys.argv[1:5]
tag = digest.replace(":", "-") + ".sig"
request = urllib.request.Request(f"http://{registry}/v2/{repository}/manifests/{tag}",
                                 headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
manifest = json.load(urllib.request.urlopen(request, timeout=30))
key = serialization.load_pem_public_key(open(key_path, "rb").read())
for layer in manifest["layers"]:
    if layer["mediaType"] != "application/vnd.dev.cosign.simplesigning.v1+json":
        continue
    payload = urllib.request.urlopen(f"http://{registry}/v2/{repository}/blobs/{layer['digest']}", timeout=30).read()
    if "sha256:" + hashlib.sha256(payload).hexdigest() != layer["digest"]:
        sys.exit("payload digest mismatch")
    signature = base64.b64decode(layer["annotations"]["dev.cosignproject.cosign/signature"])
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, payload, ec.ECDSA(hashes.SHA256()))
    else:
        key.verify(signature, payload, padding.PKCS1v15(), hashes.SHA256())
    critical = json.loads(payload)["critical"]
    assert critical["image"]["docker-manifest-digest"] == digest, critical
    assert critical["type"] == "cosign container image signature", critical
    assert critical["identity"]["docker-reference"] == f"{registry}/{repository}", critical
    print("verified", tag)
    sys.exit(0)
sys.exit("no simple-signing layer")
