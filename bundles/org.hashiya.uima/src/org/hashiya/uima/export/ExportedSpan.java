package org.hashiya.uima.export;

import java.util.Comparator;

/**
 * A span as it is exported. Offsets are UTF-16 code units into the article text, end exclusive.
 *
 * @param origin how the span came to be: {@code manual}, {@code accepted-suggestion} or {@code imported}
 * @param note   the annotator's note, or null
 */
public record ExportedSpan(int begin, int end, String label, String origin, String note) {

	/** Reading order; the longer of two spans that start together first, so an outer span comes before what it holds. */
	public static final Comparator<ExportedSpan> IN_TEXT_ORDER = Comparator.comparingInt(ExportedSpan::begin)
			.thenComparing(Comparator.comparingInt(ExportedSpan::end).reversed()).thenComparing(ExportedSpan::label);

	public ExportedSpan {
		if (begin < 0 || begin >= end) {
			throw new IllegalArgumentException("not a span: " + begin + "–" + end);
		}
	}
}
