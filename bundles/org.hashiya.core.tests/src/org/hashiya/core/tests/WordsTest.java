package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hashiya.core.editing.Words;
import org.junit.jupiter.api.Test;

class WordsTest {

	/** Words start at 0 وزير, 5 الخارجية, 15 جون, 19 كيري, 25 في, 28 2001; the text has 33 characters. */
	private static final String TEXT = "وزير الخارجية «جون كيري» في 2001.";

	@Test
	void theNextWordEndSkipsPunctuationAndSpacesFirst() {
		assertEquals(4, Words.nextWordEnd(TEXT, 0));
		assertEquals(18, Words.nextWordEnd(TEXT, 13));
		assertEquals(TEXT.length() - 1, Words.nextWordEnd(TEXT, 28));
		assertEquals(TEXT.length(), Words.nextWordEnd(TEXT, TEXT.length() - 1));
	}

	@Test
	void theNextWordStartIsAfterTheCurrentWordAndThePunctuationThatFollows() {
		assertEquals(5, Words.nextWordStart(TEXT, 0));
		assertEquals(15, Words.nextWordStart(TEXT, 5));
		assertEquals(TEXT.length(), Words.nextWordStart(TEXT, 28));
	}

	@Test
	void thePreviousWordStartIsTheStartOfTheWordEndingBeforeTheOffset() {
		assertEquals(15, Words.previousWordStart(TEXT, 19));
		assertEquals(15, Words.previousWordStart(TEXT, 17));
		assertEquals(0, Words.previousWordStart(TEXT, 3));
	}

	@Test
	void thePreviousWordEndIsTheEndOfTheWordBeforeTheCurrentOne() {
		assertEquals(18, Words.previousWordEnd(TEXT, 23));
		assertEquals(0, Words.previousWordEnd(TEXT, 4));
	}

	@Test
	void harakatAndDigitsBelongToTheirWord() {
		String vowelled = "مُحَمَّدٌ ٢٠٠١";
		assertEquals(vowelled.indexOf(' '), Words.nextWordEnd(vowelled, 0));
		assertEquals(vowelled.length(), Words.nextWordEnd(vowelled, vowelled.indexOf(' ')));
	}

	@Test
	void anOffsetOutsideTheTextIsRefusedWithTheTextLength() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Words.nextWordEnd(TEXT, TEXT.length() + 1));
		assertEquals("Offset " + (TEXT.length() + 1) + " is outside the text, which has " + TEXT.length() + " characters", error.getMessage());
	}
}
