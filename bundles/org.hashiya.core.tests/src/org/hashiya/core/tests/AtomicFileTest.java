package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hashiya.core.io.AtomicFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

	@TempDir
	Path folder;

	@Test
	void aWriteThatFailsMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
		Path file = folder.resolve("spans.tsv");
		AtomicFile.writeString(file, "the previous, good content\n");

		IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
			out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full (simulated)");
		}));

		assertEquals("disk full (simulated)", failure.getMessage());
		assertEquals("the previous, good content\n", Files.readString(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	@Test
	void aSuccessfulWriteReplacesTheContent() throws IOException {
		Path file = folder.resolve("spans.tsv");
		AtomicFile.writeString(file, "old\n");

		AtomicFile.writeString(file, "new\n");

		assertEquals("new\n", Files.readString(file));
		assertEquals(List.of(file), filesIn(folder));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}
}
