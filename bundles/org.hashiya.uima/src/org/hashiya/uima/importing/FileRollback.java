package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hashiya.core.io.AtomicFile;

/**
 * Remembers files and folders as they were before an import writes them, so that a write failing
 * half-way can put every one of them back: old content rewritten atomically, new files and new
 * folders removed.
 */
final class FileRollback {

	/** Content before the first write, by file; empty for a file that did not exist. */
	private final Map<Path, Optional<byte[]>> before = new LinkedHashMap<>();
	/** Folders created by the writes, outermost first. */
	private final List<Path> createdFolders = new ArrayList<>();

	/** Records {@code file}, and the folders missing on its way, before it is first written. */
	void beforeWriting(Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		if (before.containsKey(absolute)) {
			return;
		}
		beforeCreating(absolute.getParent());
		before.put(absolute, Files.exists(absolute) ? Optional.of(Files.readAllBytes(absolute)) : Optional.empty());
	}

	/** Records {@code folder} and its missing parents before they are created. */
	void beforeCreating(Path folder) {
		List<Path> missing = new ArrayList<>();
		for (Path parent = folder.toAbsolutePath(); parent != null && !Files.exists(parent); parent = parent.getParent()) {
			missing.add(0, parent);
		}
		missing.stream().filter(path -> !createdFolders.contains(path)).forEach(createdFolders::add);
	}

	/**
	 * Puts back every recorded file and removes the folders the writes created.
	 *
	 * @throws IOException naming what could not be put back, with {@code cause} suppressed in it
	 */
	void restore(Exception cause) throws IOException {
		List<String> failures = new ArrayList<>();
		List<Map.Entry<Path, Optional<byte[]>>> files = new ArrayList<>(before.entrySet());
		for (int index = files.size() - 1; index >= 0; index--) {
			Path file = files.get(index).getKey();
			Optional<byte[]> content = files.get(index).getValue();
			try {
				if (content.isPresent()) {
					AtomicFile.write(file, out -> out.write(content.get()));
				} else if (Files.exists(file)) {
					Files.delete(file);
				}
			} catch (IOException e) {
				failures.add(file + " (" + e.getMessage() + ")");
			}
		}
		for (int index = createdFolders.size() - 1; index >= 0; index--) {
			try {
				Files.deleteIfExists(createdFolders.get(index));
			} catch (IOException e) {
				failures.add(createdFolders.get(index) + " (" + e.getMessage() + ")");
			}
		}
		if (!failures.isEmpty()) {
			IOException failure = new IOException("The import failed (" + cause.getMessage() + "), and these could not be put back as they were: "
					+ String.join(", ", failures));
			failure.addSuppressed(cause);
			throw failure;
		}
	}
}
