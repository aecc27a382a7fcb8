"""The organisation's signer: pyHanko's SimpleSigner, with what every form's signature shares
encoded once.

asn1crypto keeps a value built from Python objects "mutated" for good, so each time pyHanko
encodes a parent (the signed attributes to sign them, the SignerInfo, the whole CMS) it
encodes every such child again: two thirds of a signature's time went there, rebuilding and
re-encoding the same certificate reference for every form. Here the signed attributes and the
SignerInfo are handed on as parsed copies of their own DER (encoded once, the same bytes), and
the attributes that depend only on the signer are made once per signer.
"""

from functools import lru_cache

# Signed attributes that depend on the signer alone, never on the document or the time: only
# these are kept between signatures. Any other attribute in pyHanko's answer (a signing time,
# a commitment type…) keeps the signer building them afresh for every document.
SIGNER_ONLY = frozenset({"content_type", "signing_certificate_v2"})
DIGEST = "message_digest"       # the document's digest: the one attribute made per form


@lru_cache(maxsize=1)
def form_signer_class():
    """`FormSigner` (made on first use: pyHanko takes ~0.7 s to import)."""
    from asn1crypto import cms
    from pyhanko.sign import signers
    from pyhanko.sign.general import simple_cms_attribute

    class FormSigner(signers.SimpleSigner):
        """A SimpleSigner whose signatures are byte for byte pyHanko's (tests/
        test_pdf_caches.py), with the document-independent attributes kept."""

        async def signed_attrs(self, data_digest, digest_algorithm, *args, **kwargs):
            key = None if args else _shared_key(self, digest_algorithm, kwargs)
            kept = self.__dict__.setdefault("_signer_only_attrs", {})
            shared = kept.get(key) if key is not None else None
            if shared is None:
                made = await super().signed_attrs(data_digest, digest_algorithm, *args, **kwargs)
                attrs = cms.CMSAttributes.load(made.dump())
                kinds = [a["type"].native for a in attrs]
                if key is not None and DIGEST in kinds and set(kinds) <= SIGNER_ONLY | {DIGEST}:
                    kept[key] = [a for a in attrs if a["type"].native != DIGEST]
                return attrs
            # a SET OF: DER sorts the encodings, so the order given here does not matter
            made = cms.CMSAttributes([*shared, simple_cms_attribute(DIGEST, data_digest)])
            return cms.CMSAttributes.load(made.dump())

        def signer_info(self, *args, **kwargs):
            return cms.SignerInfo.load(super().signer_info(*args, **kwargs).dump())

    return FormSigner


# pyHanko's keyword arguments of Signer.signed_attrs that the signer-only attributes may
# depend on; any other (a later pyHanko's) keeps them from being kept.
KNOWN = {"attr_settings", "content_type", "use_pades", "timestamper", "dry_run", "is_pdf_sig"}


def _shared_key(signer, digest_algorithm, kwargs):
    """What the signer-only attributes of a signature depend on, or None when they may depend on
    more (a timestamper, CAdES or revocation settings, a provider spec of the caller's)."""
    if set(kwargs) - KNOWN or kwargs.get("timestamper") is not None or kwargs.get("dry_run"):
        return None
    if getattr(signer, "signed_attr_prov_spec", None) is not None:
        return None
    settings = kwargs.get("attr_settings")
    if settings is not None and (getattr(settings, "cades_signed_attrs", None) is not None
                                 or getattr(settings, "adobe_revinfo_attr", None) is not None):
        return None
    return (digest_algorithm, str(kwargs.get("content_type", "data")),
            bool(kwargs.get("use_pades", False)), bool(kwargs.get("is_pdf_sig", True)))


def load_signer(key_file, cert_file, passphrase):
    """The FormSigner of a PEM key (encrypted with `passphrase`) and certificate, as
    `SimpleSigner.load` reads them."""
    from pyhanko.sign import signers

    loaded = signers.SimpleSigner.load(str(key_file), str(cert_file), key_passphrase=passphrase)
    if loaded is None:
        return None
    return form_signer_class()(signing_cert=loaded.signing_cert, signing_key=loaded.signing_key,
                               cert_registry=loaded.cert_registry)
