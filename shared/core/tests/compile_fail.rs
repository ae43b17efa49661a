//! What the type system enforces is tested to not compile: a handler cannot be exposed without
//! its guard's proof, a proof cannot be forged, and one guard's proof does not fit another's
//! handler.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[test]
fn guard_proofs_are_enforced_at_compile_time() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
