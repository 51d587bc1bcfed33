package org.hashiya.uima.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the stem of an Arabic word may start once attached proclitics are taken off: a
 * conjunction و ف, then a preposition ب ك ل, as the gold guidelines cut them. Whether a first
 * letter is a proclitic or part of the name (وإيران against واشنطن) cannot be decided from the
 * word alone, so every reading is offered and the matchers keep those that match something.
 */
public final class Proclitics {

	/** What a stem's key starts with when it lost the alif of the article after ل. */
	static final String ELIDED_ALIF = "ا";
	private static final String CONJUNCTIONS = "وف";
	private static final String PREPOSITIONS = "بكل";
	/** Letters a stem needs, so that short words are not taken apart by accident. */
	private static final int MIN_STEM_LETTERS = 2;

	/**
	 * A reading of a word.
	 *
	 * @param stemBegin where the stem starts in the text
	 * @param elidedAlif whether the stem lost the alif of the article after the preposition ل
	 *                   (للعراق = ل + العراق): its key then starts with that alif again
	 */
	public record Reading(int stemBegin, boolean elidedAlif) {
	}

	private Proclitics() {
	}

	/**
	 * @return the readings of the word {@code text[begin, end)}: the whole word first, then each
	 *         shorter stem after one or two proclitic letters
	 */
	public static List<Reading> readings(CharSequence text, int begin, int end) {
		List<Reading> readings = new ArrayList<>(3);
		readings.add(new Reading(begin, false));
		int first = nextLetter(text, begin, end);
		if (first >= end) {
			return readings;
		}
		char letter = text.charAt(first);
		int afterFirst = nextLetter(text, first + 1, end);
		if (CONJUNCTIONS.indexOf(letter) >= 0) {
			addStem(text, afterFirst, end, readings);
			if (afterFirst < end && PREPOSITIONS.indexOf(text.charAt(afterFirst)) >= 0) {
				preposition(text, afterFirst, end, readings);
			}
		} else if (PREPOSITIONS.indexOf(letter) >= 0) {
			preposition(text, first, end, readings);
		}
		return readings;
	}

	/** The readings after the preposition at {@code at}, and the لل form when it is ل. */
	private static void preposition(CharSequence text, int at, int end, List<Reading> readings) {
		int stem = nextLetter(text, at + 1, end);
		if (text.charAt(at) == 'ل' && stem < end && text.charAt(stem) == 'ل' && hasLetters(text, stem, end, MIN_STEM_LETTERS + 1)) {
			readings.add(new Reading(stem, true));
		} else {
			addStem(text, stem, end, readings);
		}
	}

	private static void addStem(CharSequence text, int stem, int end, List<Reading> readings) {
		if (hasLetters(text, stem, end, MIN_STEM_LETTERS)) {
			readings.add(new Reading(stem, false));
		}
	}

	/** @return the key of a reading of the word ending at {@code end} */
	public static String key(CharSequence text, Reading reading, int end) {
		String key = NormalizedText.keyOf(text, reading.stemBegin(), end);
		return reading.elidedAlif() ? ELIDED_ALIF + key : key;
	}

	/** @return the first offset at or after {@code from} that holds a letter (not a mark or tatweel) */
	private static int nextLetter(CharSequence text, int from, int end) {
		int index = from;
		while (index < end && !isLetter(text.charAt(index))) {
			index++;
		}
		return index;
	}

	/** @return whether {@code text[from, end)} holds at least {@code count} letters; counts no further */
	private static boolean hasLetters(CharSequence text, int from, int end, int count) {
		int found = 0;
		for (int index = from; index < end && found < count; index++) {
			if (isLetter(text.charAt(index))) {
				found++;
			}
		}
		return found >= count;
	}

	private static boolean isLetter(char character) {
		return Character.isLetter(character) && character != 'ـ';
	}
}
