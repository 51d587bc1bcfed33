package org.hashiya.uima.suggest.pattern;

import org.hashiya.uima.arabic.AnalyzedText;

/**
 * The tokens of one sentence as a pattern sees them from the token it starts at, which is read
 * without the proclitics of one of its readings (والخميس as الخميس). Tokens of other sentences
 * have the empty key, so no match runs across a sentence end.
 */
final class Tokens {

	private final AnalyzedText text;
	private final int first;
	private final AnalyzedText.Reading reading;

	/** A view from {@code first}, read as {@code reading}, one of {@link AnalyzedText#readings its readings}. */
	Tokens(AnalyzedText text, int first, AnalyzedText.Reading reading) {
		this.text = text;
		this.first = first;
		this.reading = reading;
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
		return token == first ? reading.key() : text.key(token);
	}

	/** @return whether the token is a number (digits, maybe with separators: 3.5، ٢٠١٤) */
	boolean isNumber(int token) {
		String key = key(token);
		return !key.isEmpty() && isDigit(key.charAt(0));
	}

	/** @return the value of the token if it is a whole number of one to four digits, or -1 */
	int smallNumber(int token) {
		String key = key(token);
		if (key.isEmpty() || key.length() > 4) {
			return -1;
		}
		int value = 0;
		for (int index = 0; index < key.length(); index++) {
			if (!isDigit(key.charAt(index))) {
				return -1;
			}
			value = value * 10 + key.charAt(index) - '0';
		}
		return value;
	}

	/** @return whether the token before {@code token}, in its own sentence, is one of {@code words} in any of its readings */
	boolean follows(int token, Phrases words) {
		int previous = token - 1;
		if (previous < 0 || text.sentence(previous) != text.sentence(token)) {
			return false;
		}
		for (AnalyzedText.Reading before : text.readings(previous)) {
			if (words.end(new Tokens(text, previous, before), previous) == token) {
				return true;
			}
		}
		return false;
	}

	/** Keys hold digits as 0–9 whatever the script they were written in. */
	private static boolean isDigit(int character) {
		return character >= '0' && character <= '9';
	}
}
