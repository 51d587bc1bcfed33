package org.hashiya.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless entry point behind {@code ./hashiya COMMAND …}: runs one command and returns its
 * exit code (0 done, 1 failed on the input, 2 wrong usage). Results go to standard output,
 * progress and errors to standard error.
 */
public final class CommandLineApplication implements IApplication {

	private static final Map<String, Command> COMMANDS = Map.of(
			"agreement", new AgreementCommand(),
			"export", new ExportCommand(),
			"import", new ImportCommand(),
			"suggest", new SuggestCommand(),
			"evaluate", new EvaluateCommand());

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return run(arguments == null ? new String[0] : arguments, System.out, System.err);
	}

	/** Runs the command named by the first argument; public so tests run commands without a launch. */
	public static int run(String[] arguments, PrintStream out, PrintStream err) {
		Command command = arguments.length == 0 ? null : COMMANDS.get(arguments[0]);
		if (command == null) {
			err.println("Usage: hashiya COMMAND [OPTIONS]; commands: " + String.join(", ", COMMANDS.keySet().stream().sorted().toList()));
			COMMANDS.values().forEach(each -> err.println("  " + each.usage()));
			return 2;
		}
		try {
			command.run(Options.parse(Arrays.copyOfRange(arguments, 1, arguments.length), command.usage()), out, err);
			return 0;
		} catch (Options.UsageException e) {
			err.println(e.getMessage());
			err.println("Usage: " + command.usage());
			return 2;
		} catch (CancellationException e) {
			err.println("Canceled.");
			return 1;
		} catch (Exception e) {
			err.println("hashiya " + arguments[0] + ": " + e.getMessage());
			return 1;
		}
	}

	@Override
	public void stop() {
		// Commands run to their end; there is nothing to stop early.
	}
}
