package org.hashiya.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that readers, and a crash at any moment, see either the old content or the
 * whole new content: the new content goes to a temporary file beside the target, is forced to
 * disk, and is then renamed over the target.
 */
public final class AtomicFile {

	/** Writes the new content of a file; it may fail at any point. */
	@FunctionalInterface
	public interface ContentWriter {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String TEMP_SUFFIX = ".saving";

	private AtomicFile() {
	}

	/**
	 * Writes {@code target} atomically. When {@code writer} or the disk fails, {@code target} keeps
	 * its previous content (or stays absent) and the temporary file is removed.
	 */
	public static void write(Path target, ContentWriter writer) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = Channels.newOutputStream(channel);
				writer.writeTo(out);
				out.flush();
				channel.force(true);
			}
			moveOver(temp, target);
			syncFolder(folder);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** Writes UTF-8 text atomically. */
	public static void writeString(Path target, String content) throws IOException {
		write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static void moveOver(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems (network shares) cannot rename atomically; a plain replace is the best they offer.
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; only POSIX file systems can open a folder for this. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Windows cannot open a directory as a channel; its rename is already durable enough.
		}
	}
}
