package dev.transformcluster.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract other tools rely on: output shapes, order, exit codes, error lines. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;

    @TempDir
    Path dir;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return Main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSumTheSizesOfTheNamedFilesToChooseTheWarmUp() throws Exception {
        Path a = Files.write(dir.resolve("a.txt"), new byte[1000]);
        Path b = Files.write(dir.resolve("b.txt"), new byte[234]);

        assertThat(Main.inputBytes(new String[] {"redact", a.toString(), "--operator", "mask", b.toString()}))
                .isEqualTo(1234);
        assertThat(Main.inputBytes(new String[] {"redact", "--output", dir.toString(), a.toString()})).isEqualTo(1000);
        assertThat(Main.inputBytes(new String[] {"redact", dir.resolve("missing.txt").toString(), "\0bad"}))
                .isGreaterThanOrEqualTo(0); // no file named: standard input's size, whatever it is here
    }

    @Test
    void shouldWriteOneJsonLinePerInputLineInOrderWithIdsKept() throws Exception {
        String text = "Mail jane.doe@example.com or call +44 20 7946 0958.";
        String input = "{\"id\": \"b\", \"text\": \"nothing here\"}\n"
                + "{\"id\": 7, \"text\": \"" + text + "\"}\n"
                + "{\"id\": {\"doc\": 1}, \"text\": \"\"}\n";

        int code = run(input, "detect", "--jsonl");

        assertThat(code).isZero();
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(json.readTree(lines.get(0)).get("id").asText()).isEqualTo("b");
        assertThat(json.readTree(lines.get(0)).get("entities")).isEmpty();
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(json.readTree(lines.get(2)).get("id").get("doc").asInt()).isEqualTo(1);
        JsonNode email = second.get("entities").get(0);
        assertThat(email.get("type").asText()).isEqualTo("EMAIL_ADDRESS");
        assertThat(text.substring(email.get("start").asInt(), email.get("end").asInt())).isEqualTo("jane.doe@example.com");
        assertThat(email.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(second.get("entities")).extracting(e -> e.get("type").asText()).contains("PHONE_NUMBER");
    }

    @Test
    void shouldGiveUtf16OffsetsIntoTheTextAsGiven() throws Exception {
        String text = "😀😀 Grüße an josé.müller@example.de";
        int code = run(json.writeValueAsString(java.util.Map.of("id", 1, "text", text)) + "\n", "detect", "--jsonl");

        assertThat(code).isZero();
        JsonNode e = json.readTree(stdout().trim()).get("entities").get(0);
        assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).endsWith("@example.de");
    }

    @Test
    void shouldExitOneNamingTheLineForInputThatIsNotJson() {
        int code = run("{\"id\": 1, \"text\": \"ok\"}\nnot json: secret@example.com\n", "detect", "--jsonl");

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("line 2").doesNotContain("secret@example.com").doesNotContain("\tat ");
    }

    @Test
    void shouldShowTheEngineCommandsUsageUnderTheFullCommandName() {
        assertThat(run("", "redact", "--help")).isZero();
        assertThat(stdout()).startsWith("Usage: transform-cluster redact ").contains("--operator");
        assertThat(run("", "detect", "--help")).isZero();
        assertThat(stdout()).contains("Usage: transform-cluster detect ");
        assertThat(run("", "--help")).isZero();
        assertThat(stdout()).contains("redact").contains("ingest").contains("local");
    }

    @Test
    void shouldGiveTheVersionFromEveryCommand() {
        assertThat(run("", "redact", "--version")).isZero();
        assertThat(run("", "ingest", "--version")).isZero();
        assertThat(stdout().lines().toList()).hasSize(2).allMatch(l -> l.startsWith("transform-cluster "));
    }

    @Test
    void shouldExitTwoForUsageErrors() {
        assertThat(run("", "detect")).isEqualTo(2);
        assertThat(run("", "redact", "--operator", "shred")).isEqualTo(2);
        assertThat(run("", "no-such-command")).isEqualTo(2);
    }

    @Test
    void shouldRefuseBinaryFilesWithOneLineNamingTheFileAndGoOnWithTheRest() throws Exception {
        Path binary = dir.resolve("in/image.bin");
        Path text = dir.resolve("in/note.txt");
        Files.createDirectories(binary.getParent());
        Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.writeString(text, "Call Margaret Holloway on +44 20 7946 0958.\n");

        int code = run("", "redact", "--output", dir.resolve("out").toString(), dir.resolve("in").toString());

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("image.bin").contains("binary").doesNotContain("\tat ");
        assertThat(Files.exists(dir.resolve("out/image.bin"))).isFalse();
        assertThat(Files.readString(dir.resolve("out/note.txt")))
                .isEqualTo("Call <PERSON> on <PHONE_NUMBER>.\n");
    }

    @Test
    void shouldRedactStdinToStdoutAndDecodeInvalidUtf8WithTheFallbackCharset() {
        System.setIn(new ByteArrayInputStream("Caf\u00e9 bill for jane.doe@example.com\n".getBytes(StandardCharsets.ISO_8859_1)));

        int code = Main.run("redact");

        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo("Café bill for <EMAIL_ADDRESS>\n");
    }

    @Test
    void shouldNameAMissingFile() {
        int code = run("", "detect", dir.resolve("missing.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("missing.txt");
    }
}
