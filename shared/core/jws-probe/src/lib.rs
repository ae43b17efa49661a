//! JWS probe: one exported verification over buffers the host wrote into linear memory.
#![allow(unsafe_code)]

const CAP: usize = 2048;
static mut KEY_A: [u8; 512] = [0; 512];
static mut KEY_B: [u8; 512] = [0; 512];
static mut INPUT: [u8; CAP] = [0; CAP];
static mut SIG: [u8; 512] = [0; 512];

/// Addresses of the four buffers: key part a (x or n), key part b (y or e), input, signature.
#[no_mangle]
pub extern "C" fn buffers(which: u32) -> *mut u8 {
    match which {
        0 => core::ptr::addr_of_mut!(KEY_A) as *mut u8,
        1 => core::ptr::addr_of_mut!(KEY_B) as *mut u8,
        2 => core::ptr::addr_of_mut!(INPUT) as *mut u8,
        _ => core::ptr::addr_of_mut!(SIG) as *mut u8,
    }
}

/// Verifies: `alg` 1 = ES256 (a = x, b = y), 2 = RS256 (a = n, b = e). Returns 1 if valid, 0
/// when refused as a bad signature (`CryptoError::BadSignature`), 2 when this variant has no
/// verifier for the algorithm (`CryptoError::Unsupported`).
#[no_mangle]
pub extern "C" fn verify(alg: u32, a: usize, b: usize, input: usize, sig: usize) -> u32 {
    // SAFETY: single-threaded WASM; the host writes within each buffer before calling.
    let (ka, kb, inp, s) = unsafe {
        (
            &(&*core::ptr::addr_of!(KEY_A))[..a.min(512)],
            &(&*core::ptr::addr_of!(KEY_B))[..b.min(512)],
            &(&*core::ptr::addr_of!(INPUT))[..input.min(CAP)],
            &(&*core::ptr::addr_of!(SIG))[..sig.min(512)],
        )
    };
    run(alg, ka, kb, inp, s)
}

#[cfg(any(feature = "es256", feature = "rs256"))]
fn run(alg: u32, a: &[u8], b: &[u8], input: &[u8], sig: &[u8]) -> u32 {
    use portcullis::guard::crypto::{CryptoError, RustCryptoJws};
    use portcullis::guard::jwt::{Alg, PublicKey};
    let (alg, key) = match alg {
        1 => (
            Alg::ES256,
            PublicKey::Es256 {
                x: a.to_vec(),
                y: b.to_vec(),
            },
        ),
        _ => (
            Alg::RS256,
            PublicKey::Rs256 {
                n: a.to_vec(),
                e: b.to_vec(),
            },
        ),
    };
    match RustCryptoJws.verify_sync(alg, &key, input, sig) {
        Ok(()) => 1,
        Err(CryptoError::BadSignature) => 0,
        Err(CryptoError::Unsupported) => 2,
    }
}

#[cfg(not(any(feature = "es256", feature = "rs256")))]
fn run(alg: u32, a: &[u8], b: &[u8], input: &[u8], sig: &[u8]) -> u32 {
    alg ^ (a.len() + b.len() + input.len() + sig.len()) as u32
}
