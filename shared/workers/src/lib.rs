//! Workers adapter (in progress).
/// Placeholder entry macro.
#[macro_export]
macro_rules! entry {
    ($f:ident) => {};
}
