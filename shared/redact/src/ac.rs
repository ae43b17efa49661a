//! A small Aho-Corasick automaton (ASCII case-insensitive, overlapping matches).
//!
//! Why not the `aho-corasick` crate: measured in a wasm32 release build (opt-level "z", LTO),
//! the crate alone adds about 36 KB gzip (its NFA, DFA and packed/Teddy searchers are all
//! linked, whatever the builder is told), a third of a function's 100 KB budget. Our pattern
//! sets are fixed, short and ASCII, so a dense DFA over byte classes does the same job in a few
//! hundred bytes of code: one table lookup per input byte.

/// A compiled set of patterns.
#[derive(Debug)]
pub(crate) struct Automaton {
    /// Byte → class; 0 is "in no pattern". Upper and lower case share a class.
    classes: [u8; 256],
    /// Number of classes (including 0).
    stride: usize,
    /// `delta[state * stride + class]` = next state. State 0 is the root.
    delta: Vec<u16>,
    /// The pattern that ends in each state, or [`NONE`].
    own: Vec<u16>,
    /// The nearest state along each state's suffix links that ends a pattern (0: none; the root
    /// ends none). A state's matches are its own pattern, then those of this chain.
    link: Vec<u16>,
    /// Length of each pattern.
    lens: Vec<u16>,
}

const NONE: u16 = u16::MAX;

impl Automaton {
    /// Builds the automaton. Patterns are matched ignoring ASCII case. Empty patterns are
    /// ignored, and so is a pattern equal (ignoring ASCII case) to an earlier one.
    pub(crate) fn new(patterns: &[&[u8]]) -> Self {
        let mut classes = [0u8; 256];
        let mut next_class = 1usize;
        for p in patterns {
            for &b in *p {
                let lower = b.to_ascii_lowercase();
                if classes[usize::from(lower)] == 0 && next_class < 256 {
                    classes[usize::from(lower)] = next_class as u8;
                    classes[usize::from(lower.to_ascii_uppercase())] = next_class as u8;
                    next_class += 1;
                }
            }
        }
        let stride = next_class;
        // Trie.
        let mut delta: Vec<u16> = vec![NONE; stride];
        let mut own: Vec<u16> = vec![NONE];
        for (id, p) in patterns.iter().enumerate() {
            if p.is_empty() {
                continue;
            }
            let mut s = 0usize;
            for &b in *p {
                let c = usize::from(classes[usize::from(b)]);
                let t = delta[s * stride + c];
                s = if t == NONE {
                    let new = own.len();
                    delta[s * stride + c] = new as u16;
                    delta.extend(std::iter::repeat_n(NONE, stride));
                    own.push(NONE);
                    new
                } else {
                    usize::from(t)
                };
            }
            if own[s] == NONE {
                own[s] = id as u16;
            }
        }
        // Suffix links, breadth first; missing edges become DFA transitions.
        let states = own.len();
        let mut fail = vec![0u16; states];
        let mut link = vec![0u16; states];
        let mut queue: Vec<usize> = Vec::with_capacity(states);
        for t in delta.iter_mut().take(stride) {
            if *t == NONE {
                *t = 0;
            } else {
                queue.push(usize::from(*t));
            }
        }
        let mut head = 0;
        while head < queue.len() {
            let s = queue[head];
            head += 1;
            let f = usize::from(fail[s]);
            // States are dequeued after their suffix-link target, whose link is already set.
            link[s] = if own[f] != NONE { f as u16 } else { link[f] };
            for c in 0..stride {
                let t = delta[s * stride + c];
                let via_fail = delta[f * stride + c];
                if t == NONE {
                    delta[s * stride + c] = via_fail;
                } else {
                    fail[usize::from(t)] = via_fail;
                    queue.push(usize::from(t));
                }
            }
        }
        let lens = patterns.iter().map(|p| p.len() as u16).collect();
        Automaton {
            classes,
            stride,
            delta,
            own,
            link,
            lens,
        }
    }

    /// Calls `f(pattern, start, end)` for every match, overlapping ones included, in order of
    /// `end` (and, at one end, longest first).
    pub(crate) fn for_each(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        // Scan first, then call back: the scanning loop stays small and tight.
        let mut hits: Vec<(u16, u32)> = Vec::new();
        self.scan(hay, &mut hits);
        for (p, end) in hits {
            let (p, end) = (usize::from(p), end as usize);
            f(p, end - usize::from(self.lens[p]), end);
        }
    }

    /// Like [`for_each`](Self::for_each), stopping at the first match for which `f` is true.
    pub(crate) fn any(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize) -> bool) -> bool {
        let mut hits: Vec<(u16, u32)> = Vec::new();
        self.scan(hay, &mut hits);
        hits.into_iter().any(|(p, end)| {
            let (p, end) = (usize::from(p), end as usize);
            f(p, end - usize::from(self.lens[p]), end)
        })
    }

    /// Pushes `(pattern, end)` for every match. Inputs over 4 GiB are scanned in part only.
    fn scan(&self, hay: &[u8], hits: &mut Vec<(u16, u32)>) {
        let classes = &self.classes;
        let delta = self.delta.as_slice();
        let stride = self.stride;
        let mut s = 0usize;
        let hay = &hay[..hay.len().min(u32::MAX as usize)];
        for (i, &b) in hay.iter().enumerate() {
            let c = usize::from(classes[usize::from(b)]);
            s = delta.get(s * stride + c).map_or(0, |&t| usize::from(t));
            let mut o = s;
            while o != 0 {
                let p = self.own.get(o).copied().unwrap_or(NONE);
                if p != NONE {
                    hits.push((p, (i + 1) as u32));
                }
                o = self.link.get(o).map_or(0, |&l| usize::from(l));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let p: Vec<&[u8]> = pats.iter().map(|s| s.as_bytes()).collect();
        let a = Automaton::new(&p);
        let mut out = Vec::new();
        a.for_each(hay.as_bytes(), |p, s, e| out.push((p, s, e)));
        out
    }

    #[test]
    fn overlapping_case_insensitive() {
        assert_eq!(
            all(&["he", "she", "his", "hers"], "uSHErs"),
            vec![(1, 1, 4), (0, 2, 4), (3, 2, 6)]
        );
        assert_eq!(
            all(&["key", "apikey"], "x_APIKEY"),
            vec![(1, 2, 8), (0, 5, 8)]
        );
        assert_eq!(all(&["a", ""], "ba€"), vec![(0, 1, 2)]);
        assert_eq!(all(&["sk-"], "ask-sk-"), vec![(0, 1, 4), (0, 4, 7)]);
        assert_eq!(all(&[], "anything"), vec![]);
        // A repeated pattern (ignoring case) is reported once, under its first id.
        assert_eq!(all(&["ab", "AB", "b"], "xab"), vec![(0, 1, 3), (2, 2, 3)]);
    }
}
