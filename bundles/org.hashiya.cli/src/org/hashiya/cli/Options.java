package org.hashiya.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Command options of the form {@code --name value}, each at most once. */
final class Options {

	/** Wrong usage: an unknown or repeated option, a missing value or folder. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/** The value of a flag that is given. */
	private static final String FLAG_SET = "--";

	private final Map<String, String> values;
	private Options(Map<String, String> values) {
		this.values = values;
	}

	/**
	 * @param usage the command's usage line, whose {@code --names} are the options it knows; one
	 *              written {@code [--name]} is a flag, without a value
	 */
	static Options parse(String[] arguments, String usage) throws UsageException {
		Map<String, String> values = new HashMap<>();
		for (int index = 0; index < arguments.length; index++) {
			String name = arguments[index];
			boolean flag = usage.contains("[" + name + "]");
			if (!name.startsWith("--") || !(flag || usage.contains(name + " "))) {
				throw new UsageException("Unknown option '" + name + "'");
			}
			if (!flag && index + 1 >= arguments.length) {
				throw new UsageException("Option " + name + " needs a value");
			}
			if (values.put(name.substring(2), flag ? FLAG_SET : arguments[++index]) != null) {
				throw new UsageException("Option " + name + " is given twice");
			}
		}
		return new Options(values);
	}

	/** @return whether the flag {@code --name} is given */
	boolean flag(String name) {
		return FLAG_SET.equals(values.get(name));
	}

	/** @return the value of {@code --name}, if given */
	Optional<String> value(String name) {
		return Optional.ofNullable(values.get(name));
	}

	/** @return the value of the required option {@code --name} */
	String required(String name) throws UsageException {
		return value(name).orElseThrow(() -> new UsageException("Option --" + name + " is required"));
	}

	/** @return {@code choices} as a usage line writes them: {@code a|b|c} */
	static <T> String alternatives(T[] choices, Function<T, String> id) {
		return Arrays.stream(choices).map(id).collect(Collectors.joining("|"));
	}

	/** @return the one of {@code choices} whose {@code id} (in any case) the required option {@code --name} gives */
	<T> T choice(String name, T[] choices, Function<T, String> id) throws UsageException {
		String value = required(name);
		return Arrays.stream(choices).filter(choice -> id.apply(choice).equals(value.toLowerCase(Locale.ROOT))).findFirst()
				.orElseThrow(() -> new UsageException("--" + name + " " + value + " is not one of " + alternatives(choices, id)));
	}

	/** @return the file or folder given as {@code --name}, which must exist */
	Path existing(String name) throws UsageException {
		Path path = Path.of(required(name)).toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new UsageException("--" + name + " " + values.get(name) + ": no such file or folder");
		}
		return path;
	}

	/** @return the folder given as {@code --name}, which must exist */
	Path folder(String name) throws UsageException {
		return optionalFolder(name).orElseThrow(() -> new UsageException("Option --" + name + " is required"));
	}

	Optional<Path> optionalFolder(String name) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return Optional.empty();
		}
		Path folder = Path.of(value).toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new UsageException("--" + name + " " + value + ": no such folder");
		}
		return Optional.of(folder);
	}

	/** @return the file given as {@code --name}, which need not exist yet */
	Optional<Path> optionalFile(String name) {
		return Optional.ofNullable(values.get(name)).map(value -> Path.of(value).toAbsolutePath().normalize());
	}

	/** @return the folder given as {@code --name}, created if missing */
	Path outputFolder(String name) throws Exception {
		String value = values.get(name);
		if (value == null) {
			throw new UsageException("Option --" + name + " is required");
		}
		return Files.createDirectories(Path.of(value).toAbsolutePath().normalize());
	}
}
