package dev.transformcluster.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transformcluster.cli.UserError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Benchmark input: documents from a JSON-lines corpus or a folder of text files. */
record Corpus(String source, List<String> documents, long bytes) {

    static Corpus load(Path path) throws IOException {
        Path p = path != null ? path : defaultCorpus();
        if (!Files.exists(p)) {
            throw new UserError(p + ": no such file or folder");
        }
        List<String> docs = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    docs.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } else {
            ObjectMapper mapper = new ObjectMapper();
            try (InputStream raw = Files.newInputStream(p);
                 InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        JsonNode text = mapper.readTree(line).get("text");
                        if (text == null || !text.isTextual()) {
                            throw new UserError(p + ": every line needs a string \"text\"");
                        }
                        docs.add(text.asText());
                    }
                }
            }
        }
        if (docs.isEmpty()) {
            throw new UserError(p + ": no documents");
        }
        long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        return new Corpus(p.toString(), List.copyOf(docs), bytes);
    }

    /** ../shared/corpus/dev.jsonl.gz beside the repository when present, else the bundled samples. */
    private static Path defaultCorpus() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus").resolve("dev.jsonl.gz");
            if (Files.exists(dir.resolve("pom.xml")) && Files.exists(candidate)) {
                return candidate;
            }
        }
        return here.resolve("samples");
    }
}
