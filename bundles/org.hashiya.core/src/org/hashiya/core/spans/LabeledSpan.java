package org.hashiya.core.spans;

import java.util.Comparator;
import java.util.OptionalDouble;

/**
 * A labeled span of an article text outside the EMF model: a gold span, an accepted span to learn
 * from, or a suggestion. Offsets are UTF-16 code units, end exclusive.
 *
 * @param score  how sure the suggester is, in [0, 1]; empty for a span a person labeled
 * @param source which suggester proposed it; empty for a span a person labeled
 */
public record LabeledSpan(int begin, int end, String label, OptionalDouble score, String source) {

	/** Reading order; the longer of two spans that start together first. */
	public static final Comparator<LabeledSpan> IN_TEXT_ORDER = Comparator.comparingInt(LabeledSpan::begin)
			.thenComparing(Comparator.comparingInt(LabeledSpan::end).reversed()).thenComparing(LabeledSpan::label);

	public LabeledSpan {
		if (begin < 0 || begin >= end) {
			throw new IllegalArgumentException("not a span: " + begin + "–" + end);
		}
		source = source == null ? "" : source;
	}

	/** A span a person labeled. */
	public static LabeledSpan of(int begin, int end, String label) {
		return new LabeledSpan(begin, end, label, OptionalDouble.empty(), "");
	}

	/** A suggestion. */
	public static LabeledSpan suggested(int begin, int end, String label, double score, String source) {
		return new LabeledSpan(begin, end, label, OptionalDouble.of(score), source);
	}

	public int length() {
		return end - begin;
	}

	/** @return whether the two spans share at least one character */
	public boolean overlaps(LabeledSpan other) {
		return begin < other.end && other.begin < end;
	}

	/** @return the same place and label, whatever the score and source */
	public boolean sameAs(LabeledSpan other) {
		return begin == other.begin && end == other.end && label.equals(other.label);
	}
}
