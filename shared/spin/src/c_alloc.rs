//! The C heap of a Spin component, on Talc: `malloc`, `calloc`, `realloc`, `free`,
//! `aligned_alloc` and `posix_memalign` defined here, so wasi-libc's own `dlmalloc` is not linked.
//!
//! Why: on `wasm32-wasip2`, Rust's `System` allocator is libc's `malloc`, and wasi-libc itself
//! allocates (its stdio buffers, descriptor table and generated WASI bindings). So making Talc
//! Rust's global allocator alone only added a second allocator (+0.4 KB, docs/SIZE.md). Defining
//! the C functions replaces the allocator for both: the linker takes a symbol from `libc.a` only
//! when nothing else defines it, so `dlmalloc.o` drops out (`#[no_mangle]` functions are always
//! emitted, so nothing has to call them by name). Measured with `scripts/build`: −3.0 KB gzip on
//! every Spin component (docs/SIZE.md).
//!
//! Layout: every block starts [`HEADER`] bytes before the pointer handed out, and those bytes
//! record what `free` needs to give the memory back to Talc: the start of the underlying
//! allocation, its size and its alignment. `malloc` aligns to 16 bytes, as wasi-libc's did
//! (`max_align_t`); larger alignments put the header inside the alignment padding. A Spin
//! component runs one request on one thread, which is what Talc's unsynchronized cell needs;
//! its constructor refuses a threaded target at compile time.
#![allow(unsafe_code)]

use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Bytes before every pointer handed out: base pointer, total size, alignment (3 × usize).
const HEADER: usize = 16;
/// `malloc`'s alignment (wasi-libc's `max_align_t`).
const MIN_ALIGN: usize = 16;
/// `errno` value for a failed allocation.
const ENOMEM: i32 = 48;
// The three header words fit in front of every block, whose offset is at least MIN_ALIGN.
const _: () = assert!(3 * core::mem::size_of::<usize>() <= HEADER && HEADER <= MIN_ALIGN);

/// Allocates `size` bytes aligned to `align` (a power of two), with the header in front.
unsafe fn allocate(size: usize, align: usize) -> *mut u8 {
    let align = align.max(MIN_ALIGN);
    // The header fits in front: MIN_ALIGN >= HEADER, and a larger alignment is a multiple of it.
    let Some(total) = size.checked_add(align) else {
        return ptr::null_mut();
    };
    let Ok(layout) = Layout::from_size_align(total, align) else {
        return ptr::null_mut();
    };
    // SAFETY: `layout` has a non-zero size (at least `align`).
    let base = unsafe { TALC.alloc(layout) };
    if base.is_null() {
        return base;
    }
    // SAFETY: `base + align` is inside the block (`total = size + align`), and the header's three
    // words lie in the `align` bytes before it, which the block owns.
    unsafe {
        let user = base.add(align);
        let words = user.sub(HEADER).cast::<usize>();
        words.write(base as usize);
        words.add(1).write(total);
        words.add(2).write(align);
        user
    }
}

/// The header of a pointer this module handed out: (base, layout).
unsafe fn header(user: *mut u8) -> (*mut u8, Layout) {
    // SAFETY: the caller passes a pointer from `allocate`, whose header precedes it.
    unsafe {
        let words = user.sub(HEADER).cast::<usize>();
        let (base, total, align) = (words.read(), words.add(1).read(), words.add(2).read());
        (
            base as *mut u8,
            Layout::from_size_align_unchecked(total, align),
        )
    }
}

/// The usable size of a block: its total minus the alignment in front.
unsafe fn usable(user: *mut u8) -> usize {
    // SAFETY: as `header`.
    let (_, layout) = unsafe { header(user) };
    layout.size() - layout.align()
}

/// C `malloc`.
#[no_mangle]
pub(crate) unsafe extern "C" fn malloc(size: usize) -> *mut u8 {
    // SAFETY: any size; 16 is a power of two.
    unsafe { allocate(size, MIN_ALIGN) }
}

/// C `calloc`: zeroed, with the multiplication checked.
#[no_mangle]
pub(crate) unsafe extern "C" fn calloc(count: usize, size: usize) -> *mut u8 {
    let Some(bytes) = count.checked_mul(size) else {
        return ptr::null_mut();
    };
    // SAFETY: as `malloc`; the block has at least `bytes` writable bytes.
    unsafe {
        let p = allocate(bytes, MIN_ALIGN);
        if !p.is_null() {
            p.write_bytes(0, bytes);
        }
        p
    }
}

/// C `free`; a null pointer is a no-op.
#[no_mangle]
pub(crate) unsafe extern "C" fn free(user: *mut u8) {
    if user.is_null() {
        return;
    }
    // SAFETY: a non-null pointer given to `free` came from this module.
    unsafe {
        let (base, layout) = header(user);
        TALC.dealloc(base, layout);
    }
}

/// C `realloc`: a new block, the common prefix copied, the old block freed. A null pointer is
/// `malloc`; on failure the old block is left as it was.
#[no_mangle]
pub(crate) unsafe extern "C" fn realloc(user: *mut u8, size: usize) -> *mut u8 {
    if user.is_null() {
        // SAFETY: as `malloc`.
        return unsafe { malloc(size) };
    }
    // SAFETY: `user` came from this module; both blocks hold at least the copied length.
    unsafe {
        let (_, old) = header(user);
        let fresh = allocate(size, old.align());
        if fresh.is_null() {
            return fresh;
        }
        ptr::copy_nonoverlapping(user, fresh, usable(user).min(size));
        free(user);
        fresh
    }
}

/// C11 `aligned_alloc`: `align` must be a power of two.
#[no_mangle]
pub(crate) unsafe extern "C" fn aligned_alloc(align: usize, size: usize) -> *mut u8 {
    if !align.is_power_of_two() {
        return ptr::null_mut();
    }
    // SAFETY: `align` is a power of two.
    unsafe { allocate(size, align) }
}

/// POSIX `posix_memalign`: `align` must be a power of two and a multiple of the pointer size.
#[no_mangle]
pub(crate) unsafe extern "C" fn posix_memalign(
    out: *mut *mut u8,
    align: usize,
    size: usize,
) -> i32 {
    const EINVAL: i32 = 28;
    if !align.is_power_of_two() || !align.is_multiple_of(core::mem::size_of::<usize>()) {
        return EINVAL;
    }
    // SAFETY: `align` is a power of two; `out` is the caller's valid pointer.
    unsafe {
        let p = allocate(size, align);
        if p.is_null() {
            return ENOMEM;
        }
        out.write(p);
    }
    0
}

/// `malloc_usable_size` (a GNU extension wasi-libc exports).
#[no_mangle]
pub(crate) unsafe extern "C" fn malloc_usable_size(user: *mut u8) -> usize {
    if user.is_null() {
        return 0;
    }
    // SAFETY: a non-null pointer came from this module.
    unsafe { usable(user) }
}
