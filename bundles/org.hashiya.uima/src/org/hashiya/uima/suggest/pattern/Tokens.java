package org.hashiya.uima.suggest.pattern;

import java.util.List;

import org.hashiya.uima.arabic.AnalyzedText;
import org.hashiya.uima.arabic.Proclitics;

/**
 * The tokens of one sentence as a pattern sees them from the token it starts at, which is read
 * without the proclitics of one of its readings (والخميس as الخميس). Tokens of other sentences
 * have the empty key, so no match runs across a sentence end.
 */
final class Tokens {

	private final AnalyzedText text;
	private final int first;
	private final Proclitics.Reading reading;
	private final String firstKey;

	private Tokens(AnalyzedText text, int first, Proclitics.Reading reading) {
		this.text = text;
		this.first = first;
		this.reading = reading;
		this.firstKey = text.key(first, reading);
	}

	/** @return a view from {@code token} for each of its readings, the whole token first */
	static List<Tokens> readings(AnalyzedText text, int token) {
		return text.readings(token).stream().map(reading -> new Tokens(text, token, reading)).toList();
	}

	/** @return where a match starting at the first token begins: after its proclitics */
	int begin() {
		return reading.stemBegin();
	}

	/** @return the normalised key of {@code token}, or the empty key outside the first token's sentence */
	String key(int token) {
		if (token >= text.tokenCount() || text.sentence(token) != text.sentence(first)) {
			return "";
		}
		return token == first ? firstKey : text.key(token);
	}

	/** @return whether the token is a number (digits, maybe with separators: 3.5، ٢٠١٤) */
	boolean isNumber(int token) {
		String key = key(token);
		return !key.isEmpty() && isDigit(key.charAt(0));
	}

	/** @return the value of the token if it is a whole number of one to four digits, or -1 */
	int smallNumber(int token) {
		String key = key(token);
		return key.length() <= 4 && !key.isEmpty() && key.chars().allMatch(Tokens::isDigit) ? Integer.parseInt(key) : -1;
	}

	/** @return whether the token before {@code token}, in its own sentence, is one of {@code words} in any of its readings */
	boolean follows(int token, Phrases words) {
		int previous = token - 1;
		return previous >= 0 && text.sentence(previous) == text.sentence(token)
				&& readings(text, previous).stream().anyMatch(tokens -> words.end(tokens, previous) == token);
	}

	/** Keys hold digits as 0–9 whatever the script they were written in. */
	private static boolean isDigit(int character) {
		return character >= '0' && character <= '9';
	}
}
