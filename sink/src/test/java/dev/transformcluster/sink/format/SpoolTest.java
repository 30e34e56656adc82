package dev.transformcluster.sink.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateAMissingSpoolFolderWhenAnObjectOutgrowsMemory() {
        Path folder = dir.resolve("not/yet/there");
        Spool spool = new Spool(4, folder);

        spool.append(new byte[] {1, 2, 3});
        assertThat(spool.inMemory()).isTrue();
        spool.append(new byte[] {4, 5, 6});

        assertThat(spool.inMemory()).isFalse();
        assertThat(spool.size()).isEqualTo(6);
        assertThat(Files.isDirectory(folder)).isTrue();
    }
}
