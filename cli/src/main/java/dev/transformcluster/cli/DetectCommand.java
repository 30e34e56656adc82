package dev.transformcluster.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.transformcluster.redactor.Engine;
import dev.transformcluster.redactor.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code detect --jsonl}: the machine contract (one JSON line out per JSON line in, input order,
 * offsets as UTF-16 indices into the text as given); {@code detect FILE...}: a table for people.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {
            "Finds personal data and reports where it is, without changing anything.",
            "With --jsonl: reads {\"id\": ..., \"text\": ...} lines on stdin and writes "
                    + "{\"id\": ..., \"entities\": [{\"type\", \"start\", \"end\", \"score\"}]} lines, in input order.",
            "With FILEs: prints a table of findings (values masked unless --show-values)."})
public final class DetectCommand implements Callable<Integer> {

    @Option(names = "--jsonl", description = "Read JSON lines on stdin, write JSON lines on stdout.")
    boolean jsonl;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy file choosing entity types and thresholds (default: all types).")
    Path policyFile;

    @Option(names = "--show-values", description = "Print found values in the table instead of masking them.")
    boolean showValues;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to scan (table output).")
    List<Path> files = List.of();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Engine engine = EngineFactory.engine(policyFile);
        if (jsonl) {
            if (!files.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--jsonl reads stdin; do not name files with it");
            }
            jsonLines(engine, System.in, System.out);
            return 0;
        }
        if (files.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "name one or more FILEs, or use --jsonl with JSON lines on stdin");
        }
        return FindingsTable.print(engine, files, showValues, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** The JSON-lines contract; public so tests and other tools can call it in process. */
    public static void jsonLines(Engine engine, java.io.InputStream in, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator gen = new JsonFactory().createGenerator(out);
        gen.setRootValueSeparator(null);
        String line;
        long lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc;
            try {
                doc = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                // Jackson's message may quote the input; name only the position.
                throw new UserError("stdin line " + lineNo + ": not valid JSON (column "
                        + e.getLocation().getColumnNr() + ")");
            }
            JsonNode text = doc == null ? null : doc.get("text");
            if (doc == null || !doc.isObject() || text == null || !text.isTextual()) {
                throw new UserError("stdin line " + lineNo + ": expected an object with a string \"text\"");
            }
            List<Finding> findings = engine.detect(text.asText());
            gen.writeStartObject();
            gen.writeFieldName("id");
            JsonNode id = doc.get("id");
            if (id == null) {
                gen.writeNull();
            } else {
                mapper.writeTree(gen, id);
            }
            gen.writeArrayFieldStart("entities");
            for (Finding f : findings) {
                gen.writeStartObject();
                gen.writeStringField("type", f.type().name());
                gen.writeNumberField("start", f.start());
                gen.writeNumberField("end", f.end());
                gen.writeNumberField("score", Math.round(f.score() * 1000) / 1000.0);
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        }
        gen.flush();
    }
}
