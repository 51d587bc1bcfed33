package org.hashiya.uima.importing;

import java.nio.file.Path;

import org.hashiya.core.io.InvalidTextFileException;

/**
 * Where something was read, for messages: the file, and how to find the thing in it (a zip entry,
 * a line, an XML element).
 */
record Place(Path file, String description) {

	static Place of(Path file) {
		return new Place(file, file.toString());
	}

	/** @return a place inside this one, e.g. {@code at("line 3")} */
	Place at(String detail) {
		return new Place(file, description + " " + detail);
	}

	/** @return an error naming this place and {@code problem} */
	InvalidTextFileException problem(String problem) {
		return new InvalidTextFileException(file, description + ": " + problem);
	}

	@Override
	public String toString() {
		return description;
	}
}
