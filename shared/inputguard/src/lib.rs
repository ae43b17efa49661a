//! Prompt-injection input guard (work in progress).
