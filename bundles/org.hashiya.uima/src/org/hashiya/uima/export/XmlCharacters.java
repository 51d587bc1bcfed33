package org.hashiya.uima.export;

/**
 * Which characters XML can carry. XML 1.0 takes tab, line feed, carriage return and everything
 * from U+0020 on; XML 1.1 also the other control characters (as character references); neither
 * takes U+0000, U+FFFE, U+FFFF or half of a surrogate pair.
 */
final class XmlCharacters {

	/** Tells whether the UTF-16 unit at an index of a text is a character of some kind. */
	@FunctionalInterface
	interface Test {
		boolean test(String text, int index);
	}

	private XmlCharacters() {
	}

	/** @return whether the character at {@code index} needs XML 1.1 */
	static boolean onlyInXml11(String text, int index) {
		char character = text.charAt(index);
		return character < ' ' && character != '\t' && character != '\n' && character != '\r' && character != 0;
	}

	/** @return whether no XML version can carry the UTF-16 unit at {@code index} */
	static boolean inNoXml(String text, int index) {
		char character = text.charAt(index);
		if (Character.isHighSurrogate(character)) {
			return index + 1 == text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
		}
		if (Character.isLowSurrogate(character)) {
			return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
		}
		return character == 0 || character == '\uFFFE' || character == '\uFFFF';
	}
}
