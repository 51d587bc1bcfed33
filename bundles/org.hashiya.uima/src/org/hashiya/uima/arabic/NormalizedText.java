package org.hashiya.uima.arabic;

import java.util.Arrays;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * A matching key for a stretch of text, which the text itself never sees: harakat, tatweel and
 * other marks dropped, alef variants (أ إ آ ٱ) unified, ى as ي and ة as ه, Persian ک ی as ك ي,
 * Arabic-Indic and Persian digits as 0–9, Latin letters in lower case. The Arabic and Persian rules
 * are Lucene's ({@link ArabicNormalizer}, {@link PersianNormalizer}), applied one character at a
 * time so every key character keeps the offset of the character it came from.
 */
public final class NormalizedText {

	private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
	private static final PersianNormalizer PERSIAN = new PersianNormalizer();
	private static final char ALEF = 'ا';
	private static final char ALEF_WASLA = 'ٱ';

	private final String key;
	private final int[] begins;
	/** Where each key character's letter ends in the text, with the marks and tatweel that follow it. */
	private final int[] ends;

	private NormalizedText(String key, int[] begins, int[] ends) {
		this.key = key;
		this.begins = begins;
		this.ends = ends;
	}

	/** @return the key of {@code text} from {@code begin} to {@code end}, with the map back to its offsets */
	public static NormalizedText of(CharSequence text, int begin, int end) {
		StringBuilder key = new StringBuilder(end - begin);
		int[] begins = new int[end - begin + 1];
		int[] ends = new int[end - begin];
		char[] one = new char[1];
		for (int index = begin; index < end; index++) {
			if (normalize(text.charAt(index), one) == 1) {
				begins[key.length()] = index;
				ends[key.length()] = index + 1;
				key.append(one[0]);
			} else if (!key.isEmpty() && ends[key.length() - 1] == index) {
				ends[key.length() - 1] = index + 1;
			}
		}
		begins[key.length()] = end;
		return new NormalizedText(key.toString(), Arrays.copyOf(begins, key.length() + 1), Arrays.copyOf(ends, key.length()));
	}

	/** @return the key of the whole of {@code text} */
	public static String keyOf(CharSequence text) {
		return keyOf(text, 0, text.length());
	}

	/** @return the key of {@code text} from {@code begin} to {@code end}, without the offset map */
	public static String keyOf(CharSequence text, int begin, int end) {
		StringBuilder key = new StringBuilder(end - begin);
		char[] one = new char[1];
		for (int index = begin; index < end; index++) {
			if (normalize(text.charAt(index), one) == 1) {
				key.append(one[0]);
			}
		}
		return key.toString();
	}

	/** @return 1 with the key character in {@code into}[0], or 0 if the character has no place in the key */
	private static int normalize(char character, char[] into) {
		if (Character.isDigit(character)) {
			into[0] = (char) ('0' + Character.digit(character, 10));
			return 1;
		}
		if (Character.getType(character) == Character.NON_SPACING_MARK) {
			return 0;
		}
		into[0] = character == ALEF_WASLA ? ALEF : Character.toLowerCase(character);
		int length = ARABIC.normalize(into, 1);
		return length == 0 ? 0 : PERSIAN.normalize(into, length);
	}

	public String key() {
		return key;
	}

	/** @return the text offset where the key character at {@code keyIndex} came from (the end of the text for the key's length) */
	public int begin(int keyIndex) {
		return begins[keyIndex];
	}

	/**
	 * @return the text offset where a match of the key up to {@code keyEnd} (exclusive) ends: after
	 *         the letter of key character {@code keyEnd - 1} and its harakat
	 */
	public int end(int keyEnd) {
		return keyEnd == 0 ? begins[0] : ends[keyEnd - 1];
	}
}
