package org.hashiya.uima.suggest.pattern;

import org.hashiya.uima.suggest.pattern.TokenPattern.Match;

/** PERCENT (25%، ٢٥٪، 25 في المئة) and NUMBER (26، 3.5 مليون), written in digits. */
final class NumberPattern {

	private static final Phrases PERCENT_SIGNS = Phrases.of("%", "٪", "في المئة", "في المائة", "بالمئة", "بالمائة");
	private static final Phrases MULTIPLIERS = Phrases.of("ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات");

	private static final double PERCENT = 0.9;
	/** Low: a number may be part of a name or a date the other suggesters know better. */
	private static final double NUMBER = 0.5;

	private NumberPattern() {
	}

	static Match percent(Tokens tokens, int token) {
		int end = tokens.isNumber(token) ? PERCENT_SIGNS.end(tokens, token + 1) : -1;
		return end < 0 ? null : new Match(end, PERCENT);
	}

	static Match number(Tokens tokens, int token) {
		return tokens.isNumber(token) ? new Match(MULTIPLIERS.skip(tokens, token + 1), NUMBER) : null;
	}
}
