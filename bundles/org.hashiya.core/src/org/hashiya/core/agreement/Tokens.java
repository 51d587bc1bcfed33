package org.hashiya.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hashiya.core.editing.Words;
import org.hashiya.core.spans.LabeledSpan;

/**
 * The items of token-level agreement in one text: each run of word characters (as {@link Words}
 * sees them, so a word with its proclitics is one token), and each other character that is not
 * white space on its own.
 */
final class Tokens {

	/** The category of a token outside every span; an object of its own, so no label can equal it. */
	static final Object OUTSIDE = new Object() {
		@Override
		public String toString() {
			return "O";
		}
	};

	/** Longest first, so a token inside nested spans takes the label of the outermost. */
	private static final Comparator<LabeledSpan> OUTERMOST_FIRST = Comparator.comparingInt(LabeledSpan::length).reversed()
			.thenComparingInt(LabeledSpan::begin).thenComparing(LabeledSpan::label);

	private final int[] begins;
	private final int[] ends;

	private Tokens(int[] begins, int[] ends) {
		this.begins = begins;
		this.ends = ends;
	}

	static Tokens of(String text) {
		List<int[]> tokens = new ArrayList<>();
		int offset = 0;
		while (offset < text.length()) {
			char character = text.charAt(offset);
			int end = offset + 1;
			if (Words.isWordCharacter(character)) {
				while (end < text.length() && Words.isWordCharacter(text.charAt(end))) {
					end++;
				}
			}
			if (!Character.isWhitespace(character)) {
				tokens.add(new int[] { offset, end });
			}
			offset = end;
		}
		return new Tokens(tokens.stream().mapToInt(token -> token[0]).toArray(), tokens.stream().mapToInt(token -> token[1]).toArray());
	}

	int count() {
		return begins.length;
	}

	/**
	 * @return for each token, the label of the longest span that overlaps it, or {@link #OUTSIDE};
	 *         a span that covers part of a token (a name without its proclitic) labels the token
	 */
	Object[] categories(List<LabeledSpan> spans) {
		Object[] categories = new Object[count()];
		Arrays.fill(categories, OUTSIDE);
		for (LabeledSpan span : spans.stream().sorted(OUTERMOST_FIRST).toList()) {
			for (int token = firstEndingAfter(span.begin()); token < count() && begins[token] < span.end(); token++) {
				if (categories[token] == OUTSIDE) {
					categories[token] = span.label();
				}
			}
		}
		return categories;
	}

	private int firstEndingAfter(int offset) {
		int found = Arrays.binarySearch(ends, offset + 1);
		return found >= 0 ? found : -found - 1;
	}
}
