package org.hashiya.uima.suggest.pattern;

import java.util.List;
import java.util.stream.Stream;

import org.hashiya.uima.arabic.NormalizedText;

/**
 * Words or word sequences written in ordinary spelling (إبريل، جمادى الأولى), matched on the
 * normalised keys of consecutive tokens, so that spelling variants match too.
 */
final class Phrases {

	private final List<List<String>> phrases;

	private Phrases(List<List<String>> phrases) {
		this.phrases = phrases;
	}

	/** @param phrases words separated by single spaces, each one token */
	static Phrases of(String... phrases) {
		return new Phrases(Stream.of(phrases).map(phrase -> Stream.of(phrase.split(" ")).map(NormalizedText::keyOf).toList()).toList());
	}

	/** @return the token after the longest phrase starting at {@code token}, or -1 if none does */
	int end(Tokens tokens, int token) {
		int end = -1;
		for (List<String> phrase : phrases) {
			if (token + phrase.size() > end && matches(tokens, token, phrase)) {
				end = token + phrase.size();
			}
		}
		return end;
	}

	/** @return the token after the phrase starting at {@code token}, or {@code token} itself if none does: an optional word */
	int skip(Tokens tokens, int token) {
		return Math.max(end(tokens, token), token);
	}

	private static boolean matches(Tokens tokens, int token, List<String> phrase) {
		for (int index = 0; index < phrase.size(); index++) {
			if (!phrase.get(index).equals(tokens.key(token + index))) {
				return false;
			}
		}
		return true;
	}
}
