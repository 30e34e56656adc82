package dev.transformcluster.redactor.operators;

import dev.transformcluster.redactor.EntityType;

/** Replaces a value by its type's name in angle brackets, e.g. {@code <EMAIL_ADDRESS>}. The default operator. */
public record Tag() implements Operator {

    private static final String[] TAGS = tags();

    private static String[] tags() {
        EntityType[] types = EntityType.values();
        String[] tags = new String[types.length];
        for (EntityType t : types) {
            tags[t.ordinal()] = "<" + t.name() + ">";
        }
        return tags;
    }

    @Override
    public void appendReplacement(StringBuilder out, EntityType type, CharSequence text, int start, int end) {
        out.append(TAGS[type.ordinal()]);
    }

    @Override
    public String kind() {
        return "tag";
    }

    @Override
    public String describe() {
        return "tag";
    }
}
