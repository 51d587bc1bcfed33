package org.hashiya.uima.suggest.model;

import java.util.ArrayList;
import java.util.List;

import org.hashiya.uima.arabic.NormalizedText;
import org.hashiya.uima.arabic.Proclitics;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The features the name finder learns from, for a token given as its text: its normalised key,
 * its key without proclitics (ولإيران as ايران) with that key's first and last letters, its shape
 * (script, article), where it stands in the sentence, and the keys without proclitics and shapes
 * of the two tokens on either side. Keys rather than written forms, so that spelling variants
 * (أميركا، اميركا) and attached prepositions share what was learnt.
 *
 * <p>All but the position depend on one word alone, what it gives itself and what it gives each
 * neighbour ({@link Word}), which {@link NameDecoder} keeps per word. Not thread-safe, like the
 * name finder that uses it.</p>
 */
final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

	/** How many tokens on either side give features. */
	static final int WINDOW = 2;
	private static final int MAX_AFFIX = 3;
	private static final String ARTICLE = "ال";
	/** The features of where a token stands in its sentence. */
	static final List<String> POSITIONS = List.of("position=first", "position=last", "position=inside");

	/**
	 * The sentence last asked about, with the word of each of its tokens. OpenNLP asks for the
	 * tokens of one sentence in turn, and each word gives features to the token and to its four
	 * neighbours: working them out once per sentence spares four times over taking the proclitics
	 * off and normalising.
	 */
	private String[] sentence;
	private Word[] words;

	/**
	 * The features one word gives: to its own token, and to the token {@code offset} before or
	 * after it, for each offset of the window.
	 */
	record Word(List<String> own, List<List<String>> asNeighbour) {

		static Word of(String token) {
			String stem = stemKey(token);
			String shape = shape(token, stem);
			List<String> own = new ArrayList<>();
			own.add("w=" + NormalizedText.keyOf(token));
			own.add("s=" + stem);
			for (int length = 1; length <= Math.min(MAX_AFFIX, stem.length()); length++) {
				own.add("pre=" + stem.substring(0, length));
				own.add("suf=" + stem.substring(stem.length() - length));
			}
			own.add("shape=" + shape);
			List<List<String>> asNeighbour = new ArrayList<>();
			for (int offset = -WINDOW; offset <= WINDOW; offset++) {
				asNeighbour.add(offset == 0 ? List.of() : List.of("s" + offset + "=" + stem, "shape" + offset + "=" + shape));
			}
			return new Word(own, asNeighbour);
		}

		/** @return the features the word gives the token {@code offset} tokens away, before it if negative */
		List<String> asNeighbour(int offset) {
			return asNeighbour.get(offset + WINDOW);
		}
	}

	@Override
	public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
		analyse(tokens);
		features.addAll(words[index].own());
		features.add(position(index, tokens.length));
		for (int offset = -WINDOW; offset <= WINDOW; offset++) {
			int other = index + offset;
			if (offset != 0 && other >= 0 && other < tokens.length) {
				features.addAll(words[other].asNeighbour(offset));
			}
		}
	}

	/** @return the feature of where the token stands in its sentence, the one feature that is not a word's */
	static String position(int index, int length) {
		return POSITIONS.get(positionIndex(index, length));
	}

	/** @return the index in {@link #POSITIONS} of the token's {@link #position} */
	static int positionIndex(int index, int length) {
		return index == 0 ? 0 : index == length - 1 ? 1 : 2;
	}

	/** Works out the words of {@code tokens} unless they are those of the sentence last asked about. */
	private void analyse(String[] tokens) {
		if (tokens == sentence) {
			return;
		}
		words = new Word[tokens.length];
		for (int index = 0; index < tokens.length; index++) {
			words[index] = Word.of(tokens[index]);
		}
		sentence = tokens;
	}

	/** @return the key of the token's shortest reading, that is after all the proclitics it may have */
	private static String stemKey(String token) {
		List<Proclitics.Reading> readings = Proclitics.readings(token, 0, token.length());
		return Proclitics.key(token, readings.get(readings.size() - 1), token.length());
	}

	/** @return the script or kind of the token, and whether its stem starts with the article */
	private static String shape(String token, String stem) {
		char first = token.charAt(0);
		if (Character.isDigit(first)) {
			return "digit";
		}
		if (!Character.isLetter(first)) {
			return "punct";
		}
		if (Character.UnicodeScript.of(first) != Character.UnicodeScript.ARABIC) {
			return "latin";
		}
		return stem.startsWith(ARTICLE) && stem.length() > ARTICLE.length() + 1 ? "arabic-al" : "arabic";
	}
}
