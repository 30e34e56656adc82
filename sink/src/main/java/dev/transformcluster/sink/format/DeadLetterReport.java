package dev.transformcluster.sink.format;

import java.nio.charset.StandardCharsets;

/**
 * The {@code _dead-letter/<key>.json} report: which object, which stage refused it and why.
 * Never content. Deterministic bytes (fixed field order, no timestamps) so re-runs are no-ops.
 */
public final class DeadLetterReport {

    private DeadLetterReport() { }

    public static byte[] render(String sourceKey, String sourceEtag, String stage, String reason) {
        String json = "{\n"
                + "  \"key\": " + quote(sourceKey) + ",\n"
                + "  \"sourceEtag\": " + quote(sourceEtag) + ",\n"
                + "  \"stage\": " + quote(stage) + ",\n"
                + "  \"reason\": " + quote(reason) + "\n"
                + "}\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
