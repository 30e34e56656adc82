package dev.transformcluster.redactor;

/**
 * One detected entity: {@code text.substring(start, end)} is the value. Offsets are Java
 * {@code String} indices (UTF-16 code units), end exclusive.
 *
 * @param score confidence in [0, 1]; validated values (checksums) score highest
 */
public record Finding(EntityType type, int start, int end, double score) {
    public Finding {
        if (type == null) {
            throw new IllegalArgumentException("type is required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }

    public int length() {
        return end - start;
    }
}
