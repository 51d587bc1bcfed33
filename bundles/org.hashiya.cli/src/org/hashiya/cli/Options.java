package org.hashiya.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Command options of the form {@code --name value}, each at most once. */
final class Options {

	/** Wrong usage: an unknown or repeated option, a missing value or folder. */
	static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values;
	private Options(Map<String, String> values) {
		this.values = values;
	}

	/** @param usage the command's usage line, whose {@code --names} are the options it knows */
	static Options parse(String[] arguments, String usage) throws UsageException {
		Map<String, String> values = new HashMap<>();
		for (int index = 0; index < arguments.length; index += 2) {
			String name = arguments[index];
			if (!name.startsWith("--") || !usage.contains(name + " ")) {
				throw new UsageException("Unknown option '" + name + "'");
			}
			if (index + 1 >= arguments.length) {
				throw new UsageException("Option " + name + " needs a value");
			}
			if (values.put(name.substring(2), arguments[index + 1]) != null) {
				throw new UsageException("Option " + name + " is given twice");
			}
		}
		return new Options(values);
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

	/** @return the folder given as {@code --name}, created if missing */
	Path outputFolder(String name) throws Exception {
		String value = values.get(name);
		if (value == null) {
			throw new UsageException("Option --" + name + " is required");
		}
		return Files.createDirectories(Path.of(value).toAbsolutePath().normalize());
	}
}
