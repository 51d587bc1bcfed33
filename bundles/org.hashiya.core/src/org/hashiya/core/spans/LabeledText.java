package org.hashiya.core.spans;

import java.util.List;

/**
 * An article text with its labeled spans, as read from a folder of {@code .txt} and
 * {@code .spans.tsv} files or taken from an annotation project.
 *
 * @param id    the article's name: its file name without {@code .txt}
 * @param spans in text order
 */
public record LabeledText(String id, String text, List<LabeledSpan> spans) {

	public LabeledText {
		spans = spans.stream().sorted(LabeledSpan.IN_TEXT_ORDER).toList();
		for (LabeledSpan span : spans) {
			if (span.end() > text.length()) {
				throw new IllegalArgumentException("span " + span.begin() + "–" + span.end() + " lies outside article " + id + " ("
						+ text.length() + " UTF-16 units)");
			}
		}
	}

	/** @return the text the span covers */
	public String covered(LabeledSpan span) {
		return text.substring(span.begin(), span.end());
	}
}
