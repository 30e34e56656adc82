package dev.transformcluster.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Include/exclude globs on keys relative to the source prefix: {@code *} matches within one
 * path segment, {@code **} across segments, {@code ?} one character. A key is taken when it
 * matches any include (or there are none) and no exclude.
 */
public final class KeyFilter {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    public KeyFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(KeyFilter::compile).toList();
        this.excludes = excludes.stream().map(KeyFilter::compile).toList();
    }

    public boolean accepts(String relativeKey) {
        boolean in = includes.isEmpty() || includes.stream().anyMatch(p -> p.matcher(relativeKey).matches());
        return in && excludes.stream().noneMatch(p -> p.matcher(relativeKey).matches());
    }

    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                        i++;
                        re.append("(?:.*/)?");
                    } else {
                        re.append(".*");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
