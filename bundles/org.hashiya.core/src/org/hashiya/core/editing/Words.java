package org.hashiya.core.editing;

/**
 * Word boundaries in logical order, for moving a span's start or end by one word. A word is a run
 * of letters, digits and combining marks (harakat), so a vowelled Arabic word is one word.
 */
public final class Words {

	private Words() {
	}

	/** @return whether the character belongs to a word */
	public static boolean isWordCharacter(char character) {
		return Character.isLetterOrDigit(character) || Character.getType(character) == Character.NON_SPACING_MARK;
	}

	/** @return the end of the word at or after {@code offset}, or the text's length */
	public static int nextWordEnd(String text, int offset) {
		return skipWord(text, skipOther(text, check(text, offset)));
	}

	/** @return the start of the word after the one at {@code offset}, or the text's length */
	public static int nextWordStart(String text, int offset) {
		return skipOther(text, skipWord(text, check(text, offset)));
	}

	/** @return the start of the word that ends at or before {@code offset}, or 0 */
	public static int previousWordStart(String text, int offset) {
		return backOverWord(text, backOverOther(text, check(text, offset)));
	}

	/** @return the end of the word before the one that ends at {@code offset}, or 0 */
	public static int previousWordEnd(String text, int offset) {
		return backOverOther(text, backOverWord(text, check(text, offset)));
	}

	private static int skipWord(String text, int offset) {
		while (offset < text.length() && isWordCharacter(text.charAt(offset))) {
			offset++;
		}
		return offset;
	}

	private static int skipOther(String text, int offset) {
		while (offset < text.length() && !isWordCharacter(text.charAt(offset))) {
			offset++;
		}
		return offset;
	}

	private static int backOverWord(String text, int offset) {
		while (offset > 0 && isWordCharacter(text.charAt(offset - 1))) {
			offset--;
		}
		return offset;
	}

	private static int backOverOther(String text, int offset) {
		while (offset > 0 && !isWordCharacter(text.charAt(offset - 1))) {
			offset--;
		}
		return offset;
	}

	private static int check(String text, int offset) {
		if (offset < 0 || offset > text.length()) {
			throw new IllegalArgumentException("Offset " + offset + " is outside the text, which has " + text.length() + " characters");
		}
		return offset;
	}
}
