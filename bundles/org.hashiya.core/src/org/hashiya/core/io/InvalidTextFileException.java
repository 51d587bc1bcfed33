package org.hashiya.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as what it claims to be; the message names the file and the problem. */
public class InvalidTextFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public InvalidTextFileException(Path file, String message) {
		super(message);
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
