package org.hashiya.uima.suggest.pattern;

/** Recognises one kind of expression starting at a token. */
@FunctionalInterface
interface TokenPattern {

	/** @return the expression starting at {@code token}, read as {@code tokens} has it, or null */
	Match match(Tokens tokens, int token);

	/**
	 * @param end   the token after the expression
	 * @param score how sure the pattern is
	 */
	record Match(int end, double score) {
	}
}
