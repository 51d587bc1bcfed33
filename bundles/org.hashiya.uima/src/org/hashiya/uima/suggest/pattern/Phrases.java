package org.hashiya.uima.suggest.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hashiya.uima.arabic.NormalizedText;

/**
 * Words or word sequences written in ordinary spelling (إبريل، جمادى الأولى), matched on the
 * normalised keys of consecutive tokens, so that spelling variants match too.
 */
final class Phrases {

	/**
	 * The phrases by the key of their first word: the patterns ask at every token of every article,
	 * and almost always of a word that starts none, which one look-up then answers.
	 */
	private final Map<String, List<List<String>>> byFirstKey;

	private Phrases(Map<String, List<List<String>>> byFirstKey) {
		this.byFirstKey = byFirstKey;
	}

	/** @param phrases words separated by single spaces, each one token */
	static Phrases of(String... phrases) {
		Map<String, List<List<String>>> byFirstKey = new HashMap<>();
		for (String phrase : phrases) {
			List<String> keys = Stream.of(phrase.split(" ")).map(NormalizedText::keyOf).toList();
			byFirstKey.computeIfAbsent(keys.get(0), first -> new ArrayList<>()).add(keys);
		}
		return new Phrases(byFirstKey);
	}

	/** @return the token after the longest phrase starting at {@code token}, or -1 if none does */
	int end(Tokens tokens, int token) {
		List<List<String>> candidates = byFirstKey.get(tokens.key(token));
		int end = -1;
		if (candidates != null) {
			for (List<String> phrase : candidates) {
				if (token + phrase.size() > end && matches(tokens, token, phrase)) {
					end = token + phrase.size();
				}
			}
		}
		return end;
	}

	/** @return the token after the phrase starting at {@code token}, or {@code token} itself if none does: an optional word */
	int skip(Tokens tokens, int token) {
		return Math.max(end(tokens, token), token);
	}

	/** @return whether the words after the first (which the look-up matched) follow {@code token} */
	private static boolean matches(Tokens tokens, int token, List<String> phrase) {
		for (int index = 1; index < phrase.size(); index++) {
			if (!phrase.get(index).equals(tokens.key(token + index))) {
				return false;
			}
		}
		return true;
	}
}
