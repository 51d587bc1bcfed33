package org.hashiya.uima.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.hashiya.uima.HashiyaTypeSystem;

/**
 * The tokens and sentences {@link ArabicSegmenter} found in a CAS, as arrays that suggesters read
 * without going through the CAS indexes again for every look-up. Not thread-safe: the proclitic
 * readings are worked out on first use.
 */
public final class AnalyzedText {

	/**
	 * A proclitic reading of a token with its matching key.
	 *
	 * @param stemBegin  where the stem starts in the text
	 * @param elidedAlif whether the stem lost the alif of the article after ل, see {@link Proclitics.Reading}
	 * @param key        the key of the stem (with that alif when it was elided)
	 */
	public record Reading(int stemBegin, boolean elidedAlif, String key) {
	}

	private final String text;
	private final int[] begins;
	private final int[] ends;
	private final int[] stemBegins;
	private final String[] keys;
	/** The index of each token's sentence. */
	private final int[] sentences;
	/**
	 * Each token's readings, null until asked for. Every suggester asks for them at every token, so
	 * they are worked out once per text rather than once per suggester, and not at all when only
	 * the segmentation is wanted.
	 */
	private final List<Reading>[] readings;
	/** What suggesters found in the text that others may ask for again, by who found it. */
	private final Map<Object, Object> shared = new HashMap<>();

	private AnalyzedText(String text, int[] begins, int[] ends, int[] stemBegins, String[] keys, int[] sentences) {
		this.text = text;
		this.begins = begins;
		this.ends = ends;
		this.stemBegins = stemBegins;
		this.keys = keys;
		this.sentences = sentences;
		@SuppressWarnings("unchecked")
		List<Reading>[] none = new List[begins.length];
		this.readings = none;
	}

	/** @return the analysis in {@code cas}, which {@link ArabicSegmenter} has processed */
	public static AnalyzedText of(CAS cas) {
		Type tokenType = HashiyaTypeSystem.type(cas.getTypeSystem(), HashiyaTypeSystem.TOKEN);
		Feature key = tokenType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_KEY);
		Feature stem = tokenType.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_STEM_BEGIN);
		List<AnnotationFS> tokens = List.copyOf(cas.getAnnotationIndex(tokenType));
		List<AnnotationFS> sentenceList = List.copyOf(cas.getAnnotationIndex(HashiyaTypeSystem.type(cas.getTypeSystem(), HashiyaTypeSystem.SENTENCE)));
		int count = tokens.size();
		int[] begins = new int[count];
		int[] ends = new int[count];
		int[] stems = new int[count];
		String[] keys = new String[count];
		int[] sentences = new int[count];
		int sentence = 0;
		for (int index = 0; index < count; index++) {
			AnnotationFS token = tokens.get(index);
			begins[index] = token.getBegin();
			ends[index] = token.getEnd();
			stems[index] = token.getIntValue(stem);
			keys[index] = token.getStringValue(key);
			while (sentence + 1 < sentenceList.size() && sentenceList.get(sentence).getEnd() <= token.getBegin()) {
				sentence++;
			}
			sentences[index] = sentence;
		}
		return new AnalyzedText(cas.getDocumentText(), begins, ends, stems, keys, sentences);
	}

	public String text() {
		return text;
	}

	public int tokenCount() {
		return begins.length;
	}

	public int begin(int token) {
		return begins[token];
	}

	public int end(int token) {
		return ends[token];
	}

	/** @return where the token's stem begins after its longest proclitic reading */
	public int stemBegin(int token) {
		return stemBegins[token];
	}

	public String key(int token) {
		return keys[token];
	}

	/** @return the index of the token's sentence; tokens of one sentence are consecutive */
	public int sentence(int token) {
		return sentences[token];
	}

	/** @return the readings of the token with their keys: the whole token first, then without proclitics */
	public List<Reading> readings(int token) {
		List<Reading> known = readings[token];
		if (known == null) {
			known = readingsOf(token);
			readings[token] = known;
		}
		return known;
	}

	private List<Reading> readingsOf(int token) {
		List<Proclitics.Reading> stems = Proclitics.readings(text, begins[token], ends[token]);
		List<Reading> keyed = new ArrayList<>(stems.size());
		for (Proclitics.Reading stem : stems) {
			keyed.add(new Reading(stem.stemBegin(), stem.elidedAlif(), stemKey(token, stem)));
		}
		return keyed;
	}

	/**
	 * @return the key of a reading, as {@link Proclitics#key} makes it, but cut from the token's key:
	 *         keys are made one character at a time, so the stem's key is what follows the key of
	 *         the proclitics, and only those one or two letters are normalised again
	 */
	private String stemKey(int token, Proclitics.Reading stem) {
		if (stem.stemBegin() == begins[token]) {
			return keys[token];
		}
		String key = keys[token].substring(NormalizedText.keyOf(text, begins[token], stem.stemBegin()).length());
		return stem.elidedAlif() ? Proclitics.ELIDED_ALIF + key : key;
	}

	/**
	 * @return what {@code find} finds in this text, found once for each {@code finder}: the name
	 *         finder learns from the gazetteer's matches, which the gazetteer suggests as well
	 */
	public <T> T shared(Object finder, Function<AnalyzedText, T> find) {
		@SuppressWarnings("unchecked")
		T found = (T) shared.get(finder);
		if (found == null) {
			found = find.apply(this);
			shared.put(finder, found);
		}
		return found;
	}

	/** @return the index of the first token that ends after {@code offset}, or {@link #tokenCount()} */
	public int tokenAt(int offset) {
		int low = 0;
		int high = begins.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (ends[middle] <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
