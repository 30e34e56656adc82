package dev.transformcluster.redactor;

import java.util.List;

/**
 * Detects personal data in text: runs the enabled recognizers, drops findings below their
 * type's threshold, and settles overlaps by the single rule documented in {@code OverlapRule}.
 * Thread-safe; build once and share.
 */
public final class Engine {

    /** All recognizers, default thresholds. */
    public static Engine defaults() {
        throw new UnsupportedOperationException("engine under construction");
    }

    /** Findings sorted by start offset, non-overlapping. */
    public List<Finding> detect(String text) {
        throw new UnsupportedOperationException("engine under construction");
    }
}
