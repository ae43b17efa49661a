//! Randomness, injected: `crypto.getRandomValues` on Workers, WASI `random` on Spin, the OS
//! CSPRNG natively. The core never seeds or owns a generator.

/// A cryptographically secure source of random bytes.
pub trait Random {
    /// Fills `buf` with random bytes.
    fn fill(&self, buf: &mut [u8]);
}

/// Random bytes as lower-case hex (ids, nonces).
pub fn hex_id(random: &dyn Random, bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    random.fill(&mut buf);
    hex::encode(buf)
}
