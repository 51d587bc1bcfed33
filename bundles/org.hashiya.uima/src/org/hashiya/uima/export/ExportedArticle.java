package org.hashiya.uima.export;

import java.net.URI;
import java.util.List;

/**
 * An article with one annotator's spans, as every format exports it.
 *
 * @param id        the article's name, its file name without {@code .txt}; names the exported files
 * @param title     the first line of the text, shown by INCEpTION
 * @param source    where the text was read from
 * @param language  an ISO 639-1 code, {@code ar} for Arabic
 * @param annotator whose spans these are
 * @param spans     in {@link ExportedSpan#IN_TEXT_ORDER}
 */
public record ExportedArticle(String id, String title, URI source, String language, String text, String annotator, List<ExportedSpan> spans) {

	public ExportedArticle {
		spans = spans.stream().sorted(ExportedSpan.IN_TEXT_ORDER).toList();
		for (ExportedSpan span : spans) {
			if (span.end() > text.length()) {
				throw new IllegalArgumentException("span " + span.begin() + "–" + span.end() + " lies outside article " + id + " ("
						+ text.length() + " UTF-16 units)");
			}
		}
	}

	/** @return the text the span covers */
	public String covered(ExportedSpan span) {
		return text.substring(span.begin(), span.end());
	}
}
