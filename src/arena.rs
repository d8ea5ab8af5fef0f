//! A bump arena in front of the module's allocator.
//!
//! A call into the module makes many small allocations (labels, paths, texts, the report) and
//! frees every one of them before it returns. A general allocator spends a third of a call's
//! work finding and returning those blocks; here they are carved from one block in order, a
//! free of the newest block gives its bytes back at once, and when no block is live the whole
//! arena is empty again. So a call that returns leaves the arena as it found it, and nothing is
//! ever searched for.
//!
//! What does not fit (a large input) and whatever is allocated outside a call goes to the
//! allocator behind it, exactly as before, so the arena can make a call faster but never fail
//! one. The arena's own block is taken from that allocator on first use. A block that outlives
//! its call (see [`Arena::enter`]) sets the arena aside rather than leaving it full.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
use core::ptr;

/// Arenas set aside with blocks still live (see [`Arena::enter`]) before the arena is left to
/// the fallback alone.
const RETIRED: usize = 2;

/// A bump arena of `SIZE` bytes in front of the allocator `A`, used inside calls
/// ([`Arena::enter`]); everything else goes to `A`.
pub struct Arena<A, const SIZE: usize> {
    fallback: A,
    /// Start of the arena's block, or 0 before first use (or when it could not be had).
    base: Cell<usize>,
    /// Offset of the first free byte.
    top: Cell<usize>,
    /// Blocks handed out from the arena and not yet freed.
    live: Cell<usize>,
    /// Calls now running ([`Arena::enter`]).
    depth: Cell<usize>,
    /// Arenas set aside with blocks still live, and how many: freed back to `A` with the last.
    retired: [Cell<(usize, usize)>; RETIRED],
    /// Set once taking a block failed or every retired place is taken: `A` alone from then on.
    off: Cell<bool>,
}

// The module runs on one thread (no `atomics` target feature): the cells are never shared.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<A: Sync, const SIZE: usize> Sync for Arena<A, SIZE> {}

impl<A, const SIZE: usize> Arena<A, SIZE> {
    pub const fn new(fallback: A) -> Self {
        Arena {
            fallback,
            base: Cell::new(0),
            top: Cell::new(0),
            live: Cell::new(0),
            depth: Cell::new(0),
            retired: [const { Cell::new((0, 0)) }; RETIRED],
            off: Cell::new(false),
        }
    }

    /// Blocks from the arena now live, and bytes of it in use: both are 0 between calls.
    pub fn in_use(&self) -> (usize, usize) {
        (self.live.get(), self.top.get())
    }

    /// Arenas set aside with blocks that outlived their calls, and whether the arena is off:
    /// both stay 0 unless a block is kept across calls or a call is cut short.
    #[cfg(target_arch = "wasm32")]
    pub fn set_aside(&self) -> (usize, bool) {
        let retired = self.retired.iter().filter(|r| r.get().0 != 0).count();
        (retired, self.off.get())
    }

    /// A call begins: until it ends, blocks come from the arena. The arguments the caller
    /// copied in before it came from the fallback, so when the outermost call begins every
    /// arena block of earlier calls should be free; one that is not outlived its call (kept by
    /// something static, or cut short by an exception unwinding through the module), and the
    /// arena is set aside with it, so the blocks of the calls to come start from empty again.
    pub fn enter(&self) -> Scope<'_, A, SIZE> {
        if self.depth.get() == 0 && self.live.get() != 0 {
            self.retire();
        }
        self.depth.set(self.depth.get() + 1);
        Scope(self)
    }

    /// After an exception unwound through the module: the calls it cut short never ended.
    pub fn forget_calls(&self) {
        self.depth.set(0);
    }

    fn retire(&self) {
        let Some(slot) = self.retired.iter().find(|r| r.get().0 == 0) else {
            self.off.set(true);
            return;
        };
        slot.set((self.base.get(), self.live.get()));
        self.base.set(0);
        self.top.set(0);
        self.live.set(0);
    }

    #[inline(always)]
    fn owns(&self, p: *mut u8) -> bool {
        let base = self.base.get();
        let a = p as usize;
        base != 0 && a >= base && a < base + SIZE
    }

    fn retired_of(&self, p: *mut u8) -> Option<&Cell<(usize, usize)>> {
        let a = p as usize;
        self.retired
            .iter()
            .find(|r| r.get().0 != 0 && a >= r.get().0 && a < r.get().0 + SIZE)
    }
}

/// A call running; the arena serves it until this is dropped.
pub struct Scope<'a, A, const SIZE: usize>(&'a Arena<A, SIZE>);

impl<A, const SIZE: usize> Drop for Scope<'_, A, SIZE> {
    fn drop(&mut self) {
        let depth = &self.0.depth;
        depth.set(depth.get().saturating_sub(1));
    }
}

impl<A: GlobalAlloc, const SIZE: usize> Arena<A, SIZE> {
    const BLOCK: Layout = match Layout::from_size_align(SIZE, 16) {
        Ok(l) => l,
        Err(_) => panic!("arena size"),
    };

    /// The block's start, taken from the fallback on first use.
    // Inlined into the allocator's entry points, which the module's size-built code would
    // otherwise reach through a call each (smaller and faster, both measured).
    #[inline(always)]
    fn base(&self) -> usize {
        let base = self.base.get();
        if base != 0 || self.off.get() {
            return base;
        }
        // SAFETY: BLOCK has a non-zero size.
        let p = unsafe { self.fallback.alloc(Self::BLOCK) };
        if p.is_null() {
            self.off.set(true);
        }
        self.base.set(p as usize);
        p as usize
    }

    /// A block from the arena, or None outside a call or when it does not fit.
    #[inline(always)]
    fn bump(&self, layout: Layout) -> Option<*mut u8> {
        if self.depth.get() == 0 || self.off.get() {
            return None;
        }
        let base = self.base();
        if base == 0 {
            return None;
        }
        let at = base + self.top.get();
        // Alignment is of the address, so any power of two works.
        let start = at.checked_add(layout.align() - 1)? & !(layout.align() - 1);
        let end = start.checked_add(layout.size())?;
        if end > base + SIZE {
            return None;
        }
        self.top.set(end - base);
        self.live.set(self.live.get() + 1);
        Some(start as *mut u8)
    }

    /// Frees an arena block. The newest block's bytes come back at once; every block's once
    /// none is live. Every live block lies below `top` and they do not overlap, so the newest
    /// one (the one ending at `top`) has every other live block below its start.
    #[inline(always)]
    fn release(&self, p: *mut u8, size: usize) {
        let live = self.live.get() - 1;
        self.live.set(live);
        let base = self.base.get();
        if live == 0 {
            self.top.set(0);
        } else if p as usize + size == base + self.top.get() {
            self.top.set(p as usize - base);
        }
    }

    /// Frees a block of a retired arena, and the arena with its last block.
    fn release_retired(&self, slot: &Cell<(usize, usize)>) {
        let (base, live) = slot.get();
        if live == 1 {
            slot.set((0, 0));
            // SAFETY: the retired arena's block came from the fallback with BLOCK.
            unsafe { self.fallback.dealloc(base as *mut u8, Self::BLOCK) };
        } else {
            slot.set((base, live - 1));
        }
    }
}

unsafe impl<A: GlobalAlloc, const SIZE: usize> GlobalAlloc for Arena<A, SIZE> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match self.bump(layout) {
            Some(p) => p,
            None => self.fallback.alloc(layout),
        }
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if self.owns(p) {
            self.release(p, layout.size());
        } else if let Some(slot) = self.retired_of(p) {
            self.release_retired(slot);
        } else {
            self.fallback.dealloc(p, layout);
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if self.owns(p) {
            let base = self.base.get();
            if p as usize + layout.size() == base + self.top.get() {
                // The newest block grows or shrinks where it stands when the arena has room.
                if let Some(end) = (p as usize).checked_add(new_size) {
                    if end <= base + SIZE {
                        self.top.set(end - base);
                        return p;
                    }
                }
            } else if new_size <= layout.size() {
                // An older block shrinks in place; its tail comes back when the arena empties.
                return p;
            }
        } else if self.retired_of(p).is_none() {
            // The fallback's blocks stay the fallback's, so one kept across calls (a table
            // that grows) never lands in the arena.
            return self.fallback.realloc(p, layout, new_size);
        }
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        let q = self.alloc(new_layout);
        if !q.is_null() {
            ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
            self.dealloc(p, layout);
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::alloc::System;

    #[derive(Debug, Clone)]
    enum Op {
        Alloc(usize, u32),
        Free(usize),
        Realloc(usize, usize),
        /// The call ends and the next begins, whatever blocks are still live.
        NextCall,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            6 => (1usize..600, 0u32..6).prop_map(|(s, a)| Op::Alloc(s, a)),
            5 => any::<usize>().prop_map(Op::Free),
            3 => (any::<usize>(), 1usize..900).prop_map(|(i, s)| Op::Realloc(i, s)),
            1 => Just(Op::NextCall),
        ]
    }

    struct Block {
        p: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn check(b: &Block) {
        assert_eq!(b.p as usize % b.layout.align(), 0, "misaligned");
        let bytes = unsafe { std::slice::from_raw_parts(b.p, b.layout.size()) };
        assert!(
            bytes.iter().all(|&x| x == b.fill),
            "a block was overwritten"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        // Every block keeps its bytes while any other is allocated, grown or freed, whether it
        // came from the arena, a retired arena or the fallback, across calls; once all are
        // freed the arena is empty.
        #[test]
        fn blocks_never_overlap(ops in proptest::collection::vec(op(), 1..300)) {
            let arena: Arena<System, 4096> = Arena::new(System);
            let mut scope = Some(arena.enter());
            let mut blocks: Vec<Block> = Vec::new();
            for (n, op) in ops.into_iter().enumerate() {
                let fill = n as u8;
                match op {
                    Op::Alloc(size, a) => {
                        let layout = Layout::from_size_align(size, 1 << a).unwrap();
                        let p = unsafe { arena.alloc(layout) };
                        prop_assert!(!p.is_null());
                        unsafe { ptr::write_bytes(p, fill, size) };
                        blocks.push(Block { p, layout, fill });
                    }
                    Op::Free(i) if !blocks.is_empty() => {
                        let b = blocks.swap_remove(i % blocks.len());
                        check(&b);
                        unsafe { arena.dealloc(b.p, b.layout) };
                    }
                    Op::Realloc(i, size) if !blocks.is_empty() => {
                        let i = i % blocks.len();
                        let b = &mut blocks[i];
                        check(b);
                        let kept = b.layout.size().min(size);
                        let p = unsafe { arena.realloc(b.p, b.layout, size) };
                        prop_assert!(!p.is_null());
                        let bytes = unsafe { std::slice::from_raw_parts(p, kept) };
                        prop_assert!(bytes.iter().all(|&x| x == b.fill), "realloc lost bytes");
                        unsafe { ptr::write_bytes(p, fill, size) };
                        *b = Block { p, layout: Layout::from_size_align(size, b.layout.align()).unwrap(), fill };
                    }
                    Op::NextCall => {
                        drop(scope.take());
                        scope = Some(arena.enter());
                    }
                    _ => {}
                }
                for b in &blocks {
                    check(b);
                }
            }
            for b in blocks.drain(..) {
                check(&b);
                unsafe { arena.dealloc(b.p, b.layout) };
            }
            prop_assert_eq!(arena.in_use(), (0, 0));
            prop_assert!(arena.retired.iter().all(|r| r.get() == (0, 0)), "a retired arena was not given back");
        }
    }

    #[test]
    fn newest_block_comes_back_at_once() {
        let arena: Arena<System, 1024> = Arena::new(System);
        let l = Layout::from_size_align(100, 8).unwrap();
        let _call = arena.enter();
        unsafe {
            let a = arena.alloc(l);
            let b = arena.alloc(l);
            assert!(arena.owns(a) && arena.owns(b));
            arena.dealloc(b, l);
            // b began at 104, the next multiple of its alignment.
            assert_eq!(arena.in_use(), (1, 104));
            let c = arena.alloc(l);
            assert_eq!(c, b, "the freed newest block is handed out again");
            // Too large for what is left: the fallback's, freed back to it.
            let big = Layout::from_size_align(2000, 8).unwrap();
            let d = arena.alloc(big);
            assert!(!arena.owns(d));
            arena.dealloc(d, big);
            arena.dealloc(a, l);
            arena.dealloc(c, l);
            assert_eq!(arena.in_use(), (0, 0));
        }
    }

    #[test]
    fn outside_a_call_blocks_are_the_fallbacks() {
        let arena: Arena<System, 1024> = Arena::new(System);
        let l = Layout::from_size_align(16, 8).unwrap();
        unsafe {
            let a = arena.alloc(l);
            assert!(!arena.owns(a));
            let call = arena.enter();
            let b = arena.alloc(l);
            assert!(arena.owns(b));
            // A block from before the call grows where the fallback puts it.
            let a = arena.realloc(a, l, 64);
            assert!(!arena.owns(a));
            drop(call);
            arena.dealloc(a, Layout::from_size_align(64, 8).unwrap());
            arena.dealloc(b, l);
        }
        assert_eq!(arena.in_use(), (0, 0));
    }

    #[test]
    fn a_block_kept_across_calls_sets_the_arena_aside() {
        let arena: Arena<System, 1024> = Arena::new(System);
        let l = Layout::from_size_align(100, 8).unwrap();
        unsafe {
            let call = arena.enter();
            let kept = arena.alloc(l);
            drop(call);
            let call = arena.enter();
            assert_eq!(
                arena.in_use(),
                (0, 0),
                "the next call starts from an empty arena"
            );
            let b = arena.alloc(l);
            assert!(arena.owns(b) && !arena.owns(kept));
            arena.dealloc(b, l);
            arena.dealloc(kept, l);
            assert!(arena.retired.iter().all(|r| r.get() == (0, 0)));
            // More calls cut short than places to set arenas aside: the fallback alone.
            for _ in 0..RETIRED + 1 {
                // A block of a call cut short, never freed.
                let _ = arena.alloc(l);
                arena.forget_calls();
                std::mem::forget(arena.enter());
            }
            assert!(arena.off.get());
            let c = arena.alloc(l);
            assert!(!arena.owns(c), "inside a call, yet the fallback's");
            arena.dealloc(c, l);
            drop(call);
        }
    }
}
