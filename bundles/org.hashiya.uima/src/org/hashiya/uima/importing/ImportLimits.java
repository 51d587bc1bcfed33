package org.hashiya.uima.importing;

import java.util.Locale;

/**
 * Bounds on what an import reads, so that a wrong or hostile file fails with a message instead of
 * exhausting memory: an article may take some thirty times the UTF-8 of the 500,000-character
 * articles the editor is made for.
 */
final class ImportLimits {

	/** The most bytes one article may take in its source: a text file, an XMI file, a JSONL line. */
	static final int MAX_ARTICLE_BYTES = 32 * 1024 * 1024;
	/** The most bytes all entries of a zip archive may hold once unpacked. */
	static final long MAX_ARCHIVE_BYTES = 2L * 1024 * 1024 * 1024;
	static final int MAX_ARCHIVE_ENTRIES = 100_000;

	private ImportLimits() {
	}

	/** @return {@code bytes} in megabytes, for messages */
	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}
}
