package org.hashiya.uima.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hashiya.core.io.AtomicFile;

/** Where the files of an export go: into a folder, each replaced atomically, or into one zip archive. */
interface ExportOutput {

	/** Bytes buffered before they go to a file. */
	int BUFFER = 64 * 1024;

	/** Writes a file from a writer that only writes whole files, such as {@link org.hashiya.core.spans.SpansTsv#write}. */
	@FunctionalInterface
	interface FileWriter {
		void writeTo(Path file) throws IOException;
	}

	/** Writes the file {@code name}; {@code content} must leave the stream open. */
	void write(String name, AtomicFile.ContentWriter content) throws IOException;

	/** Writes the file {@code name} with a writer of whole files; into a folder, the writer writes it in place as it does. */
	void writeFile(String name, FileWriter writer) throws IOException;

	/**
	 * @return an output into {@code folder}. Each file is written beside its final name and renamed
	 *         over it, so that neither a reader nor an export that fails or is killed leaves half a
	 *         file under that name. Unlike {@link AtomicFile}, which keeps the annotators' work, it
	 *         does not force each file to disk before the rename: that costs milliseconds a file, a
	 *         corpus has thousands, and an export can always be run again.
	 */
	static ExportOutput folder(Path folder) {
		return new ExportOutput() {
			@Override
			public void write(String name, AtomicFile.ContentWriter content) throws IOException {
				Path temp = folder.resolve("." + name + ".exporting");
				try {
					try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER)) {
						content.writeTo(out);
					}
					try {
						Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					} catch (AtomicMoveNotSupportedException e) {
						// Some network shares cannot rename atomically; a plain replace is the best they offer.
						Files.move(temp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
					}
				} catch (IOException | RuntimeException e) {
					Files.deleteIfExists(temp);
					throw e;
				}
			}

			@Override
			public void writeFile(String name, FileWriter writer) throws IOException {
				writer.writeTo(folder.resolve(name));
			}
		};
	}

	/** @return an output into the entries of {@code zip}, which the caller finishes */
	static ExportOutput zip(ZipOutputStream zip) {
		return new ExportOutput() {
			@Override
			public void write(String name, AtomicFile.ContentWriter content) throws IOException {
				zip.putNextEntry(new ZipEntry(name));
				content.writeTo(zip);
				zip.closeEntry();
			}

			@Override
			public void writeFile(String name, FileWriter writer) throws IOException {
				Path temp = Files.createTempFile("hashiya-export-", "-" + name);
				try {
					writer.writeTo(temp);
					write(name, out -> Files.copy(temp, out));
				} finally {
					Files.deleteIfExists(temp);
				}
			}
		};
	}
}
