package org.hashiya.cli;

import java.io.PrintStream;

/** One {@code ./hashiya} subcommand. */
interface Command {

	/** @return one line: the command with its options */
	String usage();

	void run(Options options, PrintStream out, PrintStream err) throws Exception;
}
