//! Size probe: one exported function that scans a buffer the host wrote into linear memory.
#![allow(unsafe_code)]

static mut BUF: [u8; 4096] = [0; 4096];

/// Address of the input buffer.
#[no_mangle]
pub extern "C" fn buf() -> *mut u8 {
    core::ptr::addr_of_mut!(BUF) as *mut u8
}

/// Scans `len` bytes of the buffer; returns 1 for block.
#[no_mangle]
pub extern "C" fn scan(len: usize) -> u32 {
    // SAFETY: single-threaded WASM; the host writes at most 4096 bytes before calling.
    let bytes = unsafe { &*core::ptr::addr_of!(BUF) };
    let text = String::from_utf8_lossy(&bytes[..len.min(4096)]);
    run(&text)
}

#[cfg(feature = "guard")]
fn run(text: &str) -> u32 {
    let g = portcullis_inputguard::InputGuard::new();
    u32::from(g.scan_prompt(text).verdict == portcullis_inputguard::Verdict::Block)
}

#[cfg(all(not(feature = "guard"), feature = "nfkc"))]
fn run(text: &str) -> u32 {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().filter(|c| *c == 'x').count() as u32
}

#[cfg(all(not(feature = "guard"), not(feature = "nfkc")))]
fn run(text: &str) -> u32 {
    text.to_lowercase().matches("ignore").count() as u32
}
