package org.hashiya.uima.suggest.model;

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
 */
final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

	private static final int WINDOW = 2;
	private static final int MAX_AFFIX = 3;
	private static final String ARTICLE = "ال";

	@Override
	public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
		String token = tokens[index];
		String stem = stemKey(token);
		features.add("w=" + NormalizedText.keyOf(token));
		features.add("s=" + stem);
		for (int length = 1; length <= Math.min(MAX_AFFIX, stem.length()); length++) {
			features.add("pre=" + stem.substring(0, length));
			features.add("suf=" + stem.substring(stem.length() - length));
		}
		features.add("shape=" + shape(token));
		features.add("position=" + (index == 0 ? "first" : index == tokens.length - 1 ? "last" : "inside"));
		for (int offset = -WINDOW; offset <= WINDOW; offset++) {
			int other = index + offset;
			if (offset != 0 && other >= 0 && other < tokens.length) {
				features.add("s" + offset + "=" + stemKey(tokens[other]));
				features.add("shape" + offset + "=" + shape(tokens[other]));
			}
		}
	}

	/** @return the key of the token's shortest reading, that is after all the proclitics it may have */
	private static String stemKey(String token) {
		List<Proclitics.Reading> readings = Proclitics.readings(token, 0, token.length());
		return Proclitics.key(token, readings.get(readings.size() - 1), token.length());
	}

	/** @return the script or kind of the token, and whether its stem starts with the article */
	private static String shape(String token) {
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
		String stem = stemKey(token);
		return stem.startsWith(ARTICLE) && stem.length() > ARTICLE.length() + 1 ? "arabic-al" : "arabic";
	}
}
