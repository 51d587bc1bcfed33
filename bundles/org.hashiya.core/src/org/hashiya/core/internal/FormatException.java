package org.hashiya.core.internal;

/** A problem at a given line of a file being read. */
public final class FormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	public FormatException(int line, String message) {
		super(message);
		this.line = line;
	}

	public int line() {
		return line;
	}
}
