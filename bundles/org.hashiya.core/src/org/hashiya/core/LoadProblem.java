package org.hashiya.core;

import java.nio.file.Path;

/**
 * Something found while opening a project that kept a file from being loaded. The file itself is
 * left untouched and the project refuses to overwrite it until the problem is resolved.
 *
 * @param file    the file concerned
 * @param message what is wrong, in words a person can act on
 */
public record LoadProblem(Path file, String message) {

	@Override
	public String toString() {
		return message;
	}
}
