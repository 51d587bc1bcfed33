package org.hashiya.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.hashiya.cli.CommandLineApplication;

/** Runs {@code ./hashiya} commands in the test's own runtime and keeps everything they print. */
final class CommandRun {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** @return the command's exit code */
	int run(String... arguments) {
		return CommandLineApplication.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	/** @return what the commands run so far printed to standard output */
	String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** @return what the commands run so far printed to standard error */
	String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
