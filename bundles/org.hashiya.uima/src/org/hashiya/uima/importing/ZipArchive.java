package org.hashiya.uima.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.hashiya.core.io.InvalidTextFileException;

/**
 * A zip archive whose files are read into memory one at a time and never unpacked onto disk. Every
 * entry is checked when the archive is opened, before any is read: its name must stay inside the
 * archive (no {@code ..}, no absolute path, no drive letter), and the sizes it declares must stay
 * within {@link ImportLimits}. The bytes actually read are bounded too, since an archive can lie
 * about its sizes.
 */
final class ZipArchive implements Closeable {

	private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

	private final Path archive;
	private final ZipFile zip;
	private final List<? extends ZipEntry> entries;
	private long bytesRead;

	private ZipArchive(Path archive, ZipFile zip, List<? extends ZipEntry> entries) {
		this.archive = archive;
		this.zip = zip;
		this.entries = entries;
	}

	/** @throws InvalidTextFileException naming the archive, the entry and the problem */
	static ZipArchive open(Path archive) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(archive.toFile());
		} catch (ZipException e) {
			throw Place.of(archive).problem("not a readable zip archive (" + e.getMessage() + ")");
		}
		try {
			List<? extends ZipEntry> entries = Collections.list(zip.entries());
			check(archive, entries);
			return new ZipArchive(archive, zip, entries);
		} catch (IOException | RuntimeException e) {
			zip.close();
			throw e;
		}
	}

	/** @return the names of the archive's files (not folders), in archive order */
	List<String> fileNames() {
		return entries.stream().filter(entry -> !entry.isDirectory()).map(ZipEntry::getName).toList();
	}

	Place place(String entryName) {
		return new Place(archive, archive + "!/" + entryName);
	}

	/** @throws InvalidTextFileException if the entry, or all entries read so far, hold more than an import reads */
	byte[] read(String entryName) throws IOException {
		Place place = place(entryName);
		ZipEntry entry = zip.getEntry(entryName);
		try (InputStream in = zip.getInputStream(entry)) {
			byte[] bytes = in.readNBytes(ImportLimits.MAX_ARTICLE_BYTES + 1);
			if (bytes.length > ImportLimits.MAX_ARTICLE_BYTES) {
				throw InputFiles.tooLarge(place, bytes.length);
			}
			bytesRead += bytes.length;
			if (bytesRead > ImportLimits.MAX_ARCHIVE_BYTES) {
				throw tooLargeInAll(archive, bytesRead);
			}
			return bytes;
		} catch (ZipException e) {
			throw place.problem("the entry cannot be unpacked (" + e.getMessage() + ")");
		}
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	private static void check(Path archive, List<? extends ZipEntry> entries) throws InvalidTextFileException {
		if (entries.size() > ImportLimits.MAX_ARCHIVE_ENTRIES) {
			throw Place.of(archive).problem("the archive has " + entries.size() + " entries, more than the " + ImportLimits.MAX_ARCHIVE_ENTRIES
					+ " an import reads");
		}
		long declared = 0;
		for (ZipEntry entry : entries) {
			Place place = new Place(archive, archive + "!/" + entry.getName());
			String slashes = entry.getName().replace('\\', '/');
			if (slashes.startsWith("/") || DRIVE_LETTER.matcher(slashes).matches() || slashes.indexOf('\0') >= 0
					|| List.of(slashes.split("/")).contains("..")) {
				throw place.problem("the entry's path leads out of the archive's folder (path traversal), so nothing of the archive is read");
			}
			if (entry.getSize() > ImportLimits.MAX_ARTICLE_BYTES) {
				throw InputFiles.tooLarge(place, entry.getSize());
			}
			declared += Math.max(entry.getSize(), 0);
		}
		if (declared > ImportLimits.MAX_ARCHIVE_BYTES) {
			throw tooLargeInAll(archive, declared);
		}
	}

	private static InvalidTextFileException tooLargeInAll(Path archive, long bytes) {
		return Place.of(archive).problem("its entries hold " + ImportLimits.megabytes(bytes) + " once unpacked, more than the "
				+ ImportLimits.megabytes(ImportLimits.MAX_ARCHIVE_BYTES) + " an import reads");
	}
}
