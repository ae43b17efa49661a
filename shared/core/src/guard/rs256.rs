//! RS256 verification (RSASSA-PKCS1-v1_5 with SHA-256, RFC 8017 §8.2.2) on `crypto-bigint`'s
//! Montgomery arithmetic.
//!
//! Why not the `rsa` crate: `rsa` 0.9 does its arithmetic with `num-bigint-dig` (general
//! division, prime generation, `smallvec`), ~14 KB of WASM code for one public-key operation;
//! `rsa` 0.10 moved to `crypto-bigint` 0.7, which is larger still (docs/SIZE.md). The only
//! big-integer step a *verifier* needs is `s^e mod n`, and the `crypto-bigint` 0.5 that `p256`
//! already links does it (`DynResidue::pow_bounded_exp`). What is written here is the part of
//! RFC 8017 around it, and it is the strict form of that part:
//!
//! - **The whole encoding is rebuilt and compared**, never parsed: `EM' = 00 01 FF…FF 00 ||
//!   DigestInfo(SHA-256) || H` (§9.2) is built from the message and compared with `s^e mod n`
//!   over all `k` bytes. Parsing the padding is what let Bleichenbacher's 2006 forgeries
//!   (garbage after the hash, short padding, loose DER) through in other libraries; comparing the
//!   whole block leaves no such freedom.
//! - **Keys** (the defaults, and why): the modulus is 2048 to 4096 bits (RFC 7518 §3.3 requires
//!   2048 or more; 4096 is `rsa`'s default ceiling and bounds the work per token) and odd; the
//!   public exponent is odd, at least 3 and at most 2^32 − 1 (real keys use 65537, some 3).
//!   Leading zero bytes of `n` and `e` are ignored. This is the JWKS parser's policy too (one
//!   function in the `jwks` module): keys outside it are skipped there on every runtime, and the
//!   verifier applies it again because it is also called with keys that did not come from a JWKS.
//! - **Signatures** are exactly `k` bytes (`k` = the modulus length) and, as integers, below `n`
//!   (RSAVP1 step 1).
//!
//! Each refusal has its own [`Rs256Reject`], so tests can assert why; the JWT guard reports all
//! of them as `bad_signature`, as it does for a key that the `rsa` crate refused.
//!
//! The exponentiation runs at a fixed width of 2048 bits for 2048-bit keys (what identity
//! providers publish almost everywhere) and 4096 bits for anything longer. Most of the time goes
//! into `DynResidueParams::new`, whose bit-by-bit reduction grows with the width *minus* the
//! modulus length, so a 2048-bit key at the 4096-bit width would cost about four times as much.
//! Measured in WASM under Node 22 (docs/SIZE.md, and `scripts/bench`'s JWS probe in
//! docs/EVAL.md): 1.8–3.4 ms per 2048-bit signature, 7.8–9.7 ms per 3072-bit one, 6.3–8.0 ms per
//! 4096-bit one (the `rsa` crate: 1.6, 2.1 and 3.7 ms); a third width for 3072 bits would cost
//! 1.4 KB gzip. Only public values are involved, so nothing here needs
//! to be constant-time; the final comparison goes through [`crate::ct`] anyway, like every
//! comparison of a signature in the crate.

use crypto_bigint::modular::runtime_mod::{DynResidue, DynResidueParams};
use crypto_bigint::{Limb, Uint, Word, U64};
use sha2::{Digest, Sha256};

use super::jwks::{rsa_public_key, RsaKeyReject};

/// Why an RS256 signature was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rs256Reject {
    /// The modulus is not an odd number of 2048 to 4096 bits.
    ModulusSize,
    /// The public exponent is even, below 3, or above 2^32 − 1.
    Exponent,
    /// The signature is not exactly as long as the modulus.
    SignatureLength,
    /// The signature, as an integer, is not below the modulus.
    SignatureRange,
    /// `s^e mod n` is not the PKCS #1 v1.5 encoding of this message's SHA-256 digest.
    Encoding,
}

/// The DER `DigestInfo` prefix for SHA-256 (RFC 8017 §9.2, note 1); the 32-byte digest follows.
const SHA256_DIGEST_INFO: [u8; 19] = [
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
    0x00, 0x04, 0x20,
];

/// Verifies an RS256 signature `sig` over `message` with the public key (`n`, `e`), given as
/// unsigned big-endian bytes (a JWK's decoded `n` and `e`).
pub fn verify_rs256(n: &[u8], e: &[u8], message: &[u8], sig: &[u8]) -> Result<(), Rs256Reject> {
    let (n, e) = rsa_public_key(n, e).map_err(|reject| match reject {
        RsaKeyReject::ModulusSize => Rs256Reject::ModulusSize,
        RsaKeyReject::Exponent => Rs256Reject::Exponent,
    })?;
    let k = n.len();
    if sig.len() != k {
        return Err(Rs256Reject::SignatureLength);
    }
    let mut em = vec![0u8; k];
    if k <= 256 {
        rsavp1::<{ 2048 / Word::BITS as usize }>(n, e, sig, &mut em)?;
    } else {
        rsavp1::<{ 4096 / Word::BITS as usize }>(n, e, sig, &mut em)?;
    }
    let expected = emsa_pkcs1_v15_sha256(message, k);
    crate::ct::verify_digest_eq(&expected, &em).map_err(|_| Rs256Reject::Encoding)
}

/// RSAVP1 (§5.2.2): `out = I2OSP(OS2IP(sig)^e mod n, k)` at a width of `LIMBS` words.
/// `n` has no leading zero and `sig` and `out` are `n.len()` bytes long.
fn rsavp1<const LIMBS: usize>(
    n: &[u8],
    e: u32,
    sig: &[u8],
    out: &mut [u8],
) -> Result<(), Rs256Reject> {
    let modulus = uint_from_be::<LIMBS>(n);
    let s = uint_from_be::<LIMBS>(sig);
    if s >= modulus {
        return Err(Rs256Reject::SignatureRange);
    }
    // The modulus was checked to be odd, which is all Montgomery form needs.
    let params = DynResidueParams::new(&modulus);
    let exponent_bits = (u32::BITS - e.leading_zeros()) as usize;
    let m = DynResidue::new(&s, params)
        .pow_bounded_exp(&U64::from_u32(e), exponent_bits)
        .retrieve();
    // I2OSP: the words of `m`, most significant first, then the last `k` bytes of that.
    let mut be = vec![0u8; LIMBS * Limb::BYTES];
    for (chunk, limb) in be
        .chunks_exact_mut(Limb::BYTES)
        .zip(m.as_limbs().iter().rev())
    {
        chunk.copy_from_slice(&limb.0.to_be_bytes());
    }
    let skip = be.len() - out.len();
    if be[..skip].iter().any(|&b| b != 0) {
        // m < n, so this cannot happen; refuse rather than truncate if it ever did.
        return Err(Rs256Reject::Encoding);
    }
    out.copy_from_slice(&be[skip..]);
    Ok(())
}

fn uint_from_be<const LIMBS: usize>(bytes: &[u8]) -> Uint<LIMBS> {
    let mut padded = vec![0u8; LIMBS * Limb::BYTES];
    let start = padded.len() - bytes.len();
    padded[start..].copy_from_slice(bytes);
    Uint::from_be_slice(&padded)
}

/// EMSA-PKCS1-v1_5-ENCODE (§9.2) of `message` with SHA-256, `k` bytes long (`k` ≥ 256 here,
/// well above the 62 bytes the encoding needs).
fn emsa_pkcs1_v15_sha256(message: &[u8], k: usize) -> Vec<u8> {
    let t_len = SHA256_DIGEST_INFO.len() + 32;
    let mut em = vec![0xffu8; k];
    em[0] = 0x00;
    em[1] = 0x01;
    em[k - t_len - 1] = 0x00;
    em[k - t_len..k - 32].copy_from_slice(&SHA256_DIGEST_INFO);
    em[k - 32..].copy_from_slice(&Sha256::digest(message));
    em
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_layout_matches_rfc_8017() {
        let em = emsa_pkcs1_v15_sha256(b"abc", 256);
        assert_eq!(&em[..2], &[0x00, 0x01]);
        let ps = &em[2..256 - 52];
        assert_eq!(ps.len(), 256 - 3 - 51, "PS fills the block");
        assert!(ps.iter().all(|&b| b == 0xff));
        assert_eq!(em[256 - 52], 0x00);
        assert_eq!(&em[256 - 51..256 - 32], &SHA256_DIGEST_INFO);
        assert_eq!(&em[256 - 32..], &Sha256::digest(b"abc")[..]);
    }

    use num_bigint_dig::RandPrime;
    use rsa::hazmat::rsa_decrypt;
    use rsa::rand_core::{OsRng, RngCore};
    use rsa::traits::PublicKeyParts;
    use rsa::{BigUint, Pkcs1v15Sign, RsaPrivateKey};

    /// A fresh 1024-bit prime `p` with `gcd(65537, p - 1) = 1`.
    fn test_prime() -> BigUint {
        loop {
            let p: BigUint = OsRng.gen_prime(1024);
            if (&p % 65537u32) != BigUint::from(1u32) {
                return p;
            }
        }
    }

    /// Test keys are generated at run time (nothing is stored): 2048 bits (the 2048-bit width),
    /// 3072 and 4096 bits (the 4096-bit width, partly and fully used), each with e = 65537.
    /// The wider two are
    /// multi-prime keys (RFC 8017 allows them; the public operation is the same) built from the
    /// same 1024-bit primes, because finding two 2048-bit primes takes seconds to minutes.
    fn test_keys() -> Vec<RsaPrivateKey> {
        let primes: Vec<BigUint> = (0..4).map(|_| test_prime()).collect();
        (2..=4)
            .map(|count| {
                RsaPrivateKey::from_primes(primes[..count].to_vec(), BigUint::from(65537u32))
                    .expect("test key")
            })
            .collect()
    }

    fn test_key_2048() -> RsaPrivateKey {
        RsaPrivateKey::from_p_q(test_prime(), test_prime(), BigUint::from(65537u32))
            .expect("test key")
    }

    fn public(key: &RsaPrivateKey) -> (Vec<u8>, Vec<u8>) {
        (key.n().to_bytes_be(), key.e().to_bytes_be())
    }

    /// The raw private-key operation on an arbitrary block, as `k` bytes: lets a test sign
    /// encodings that no honest signer produces.
    fn sign_raw(key: &RsaPrivateKey, em: &[u8]) -> Vec<u8> {
        let s = rsa_decrypt(None::<&mut OsRng>, key, &BigUint::from_bytes_be(em)).expect("raw op");
        let bytes = s.to_bytes_be();
        let mut out = vec![0u8; key.size() - bytes.len()];
        out.extend_from_slice(&bytes);
        out
    }

    fn sign(key: &RsaPrivateKey, message: &[u8]) -> Vec<u8> {
        key.sign(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(message))
            .expect("sign")
    }

    #[test]
    fn agrees_with_the_rsa_crate_on_signatures_and_tamperings() {
        for key in test_keys() {
            let (n, e) = public(&key);
            let pk = key.to_public_key();
            for round in 0..8 {
                let mut message = vec![0u8; 1 + round * 37];
                OsRng.fill_bytes(&mut message);
                let sig = sign(&key, &message);
                assert_eq!(
                    verify_rs256(&n, &e, &message, &sig),
                    Ok(()),
                    "{} bits",
                    n.len() * 8
                );
                // The message changed: the digest differs, so the encoding does.
                let mut other = message.clone();
                other[0] ^= 1;
                assert_eq!(
                    verify_rs256(&n, &e, &other, &sig),
                    Err(Rs256Reject::Encoding)
                );
                // One bit of the signature flipped, anywhere: both verifiers refuse it.
                let mut bad = sig.clone();
                let at = OsRng.next_u32() as usize % bad.len();
                bad[at] ^= 1 << (OsRng.next_u32() % 8);
                let ours = verify_rs256(&n, &e, &message, &bad);
                let theirs = pk.verify(
                    Pkcs1v15Sign::new::<Sha256>(),
                    &Sha256::digest(&message),
                    &bad,
                );
                assert!(theirs.is_err());
                assert!(
                    matches!(
                        ours,
                        Err(Rs256Reject::Encoding | Rs256Reject::SignatureRange)
                    ),
                    "{ours:?}"
                );
            }
        }
    }

    #[test]
    fn only_the_exact_encoding_verifies() {
        let key = test_key_2048();
        let (n, e) = public(&key);
        let k = key.size();
        let message = b"{\"sub\":\"fake-user\"}";
        let good = emsa_pkcs1_v15_sha256(message, k);
        // The crafted block itself verifies: the rejections below are about their changes.
        assert_eq!(
            verify_rs256(&n, &e, message, &sign_raw(&key, &good)),
            Ok(())
        );
        let digest = Sha256::digest(message);
        let mut variants: Vec<(&str, Vec<u8>)> = Vec::new();
        // Bleichenbacher 2006: a shorter padding with garbage after the digest.
        let mut garbage = vec![
            0x00, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00,
        ];
        garbage.extend_from_slice(&SHA256_DIGEST_INFO);
        garbage.extend_from_slice(&digest);
        garbage.resize(k, 0x42);
        variants.push(("garbage after the digest", garbage));
        let mut block_two = good.clone();
        block_two[1] = 0x02;
        variants.push(("block type 2", block_two));
        let mut zero_in_ps = good.clone();
        zero_in_ps[10] = 0x00;
        variants.push(("a zero inside the padding", zero_in_ps));
        let mut sha1_info = good.clone();
        sha1_info[k - 51 + 14] = 0x02;
        variants.push(("another hash's DigestInfo", sha1_info));
        let mut no_null = good.clone();
        no_null[0] = 0x01;
        no_null[1] = 0xff;
        variants.push(("no leading zero", no_null));
        for (what, em) in variants {
            let sig = sign_raw(&key, &em);
            assert_eq!(
                verify_rs256(&n, &e, message, &sig),
                Err(Rs256Reject::Encoding),
                "{what}"
            );
        }
    }

    #[test]
    fn signature_length_and_range_are_checked_before_the_arithmetic() {
        let key = test_key_2048();
        let (n, e) = public(&key);
        let message = b"fake message";
        let sig = sign(&key, message);
        assert_eq!(
            verify_rs256(&n, &e, message, &sig[1..]),
            Err(Rs256Reject::SignatureLength)
        );
        let mut long = vec![0u8];
        long.extend_from_slice(&sig);
        assert_eq!(
            verify_rs256(&n, &e, message, &long),
            Err(Rs256Reject::SignatureLength)
        );
        assert_eq!(
            verify_rs256(&n, &e, message, &[]),
            Err(Rs256Reject::SignatureLength)
        );
        // s = n and s = 2^(8k) - 1 are not below the modulus.
        assert_eq!(
            verify_rs256(&n, &e, message, &n),
            Err(Rs256Reject::SignatureRange)
        );
        assert_eq!(
            verify_rs256(&n, &e, message, &vec![0xff; n.len()]),
            Err(Rs256Reject::SignatureRange)
        );
        // Leading zero bytes of the key's integers are not part of k.
        let mut padded_n = vec![0u8, 0u8];
        padded_n.extend_from_slice(&n);
        assert_eq!(
            verify_rs256(&padded_n, &[0, 1, 0, 1], message, &sig),
            Ok(())
        );
    }

    #[test]
    fn keys_outside_the_policy_are_refused() {
        let key = test_key_2048();
        let (n, e) = public(&key);
        let message = b"fake message";
        let sig = sign(&key, message);
        let small = RsaPrivateKey::new(&mut OsRng, 1024).expect("test key");
        assert_eq!(small.size(), 128);
        let small_sig = sign(&small, message);
        let (small_n, small_e) = public(&small);
        assert_eq!(
            verify_rs256(&small_n, &small_e, message, &small_sig),
            Err(Rs256Reject::ModulusSize),
            "1024-bit keys are below RFC 7518's 2048"
        );
        let mut even = n.clone();
        *even.last_mut().expect("n") &= 0xfe;
        assert_eq!(
            verify_rs256(&even, &e, message, &sig),
            Err(Rs256Reject::ModulusSize)
        );
        let mut huge = vec![0x80u8];
        huge.extend_from_slice(&[0xff; 512]);
        assert_eq!(
            verify_rs256(&huge, &e, message, &[0u8; 513]),
            Err(Rs256Reject::ModulusSize),
            "4104 bits"
        );
        assert_eq!(
            verify_rs256(&[], &e, message, &[]),
            Err(Rs256Reject::ModulusSize)
        );
        assert_eq!(
            verify_rs256(&n, &[2], message, &sig),
            Err(Rs256Reject::Exponent)
        );
        // The right key with another (valid) exponent: the arithmetic runs, the block is wrong.
        assert_eq!(
            verify_rs256(&n, &[3], message, &sig),
            Err(Rs256Reject::Encoding)
        );
    }
}
