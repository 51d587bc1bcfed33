package org.hashiya.uima.export;

import java.io.IOException;
import java.util.List;

/** One export format: what it loses of an article, and how it writes a corpus. */
interface FormatWriter extends AutoCloseable {

	/** Adds to {@code report} what {@code article} loses in this format. */
	void check(ExportedArticle article, LossReport report) throws IOException;

	/** Writes the articles, calling {@link ExportProgress#next} before each. */
	void write(List<ExportedArticle> articles, ExportOutput out, ExportProgress progress) throws IOException;

	/** Releases the analysis engines the format holds, if any. */
	@Override
	default void close() {
		// most formats hold none
	}
}
