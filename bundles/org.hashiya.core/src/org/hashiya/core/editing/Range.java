package org.hashiya.core.editing;

/** A stretch of an article text in UTF-16 code units, {@code end} exclusive. */
public record Range(int begin, int end) {

	/** @throws IllegalArgumentException if {@code begin} is negative or after {@code end} */
	public Range {
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("A range needs 0 <= begin <= end, not [" + begin + ", " + end + ")");
		}
	}

	/** @return the number of code units covered */
	public int length() {
		return end - begin;
	}

	/** @return whether the range covers nothing */
	public boolean isEmpty() {
		return begin == end;
	}
}
