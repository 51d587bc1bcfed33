package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hashiya.core.io.InvalidTextFileException;

/** The files an import reads, and their bytes within {@link ImportLimits}. */
final class InputFiles {

	private InputFiles() {
	}

	/**
	 * @param extensions lower-case name endings, e.g. {@code .html}; a file given itself is taken whatever its name
	 * @return {@code input} itself if it is a file, else the files of the folder with one of the
	 *         extensions (case-insensitive), sorted
	 * @throws IOException if there is no such file or folder, or the folder holds no such file
	 */
	static List<Path> list(Path input, String... extensions) throws IOException {
		if (Files.isRegularFile(input)) {
			return List.of(input);
		}
		if (!Files.isDirectory(input)) {
			throw new NoSuchFileException(input.toString(), null, "there is no such file or folder to import");
		}
		List<Path> files;
		try (Stream<Path> children = Files.list(input)) {
			files = children.filter(file -> Files.isRegularFile(file) && hasExtension(file, extensions)).sorted().toList();
		}
		if (files.isEmpty()) {
			throw new InvalidTextFileException(input, input + " holds no " + String.join(" or ", extensions) + " files to import");
		}
		return files;
	}

	static boolean hasExtension(Path file, String... extensions) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return Arrays.stream(extensions).anyMatch(name::endsWith);
	}

	/** @return the file name without the first of {@code extensions} it ends with (case-insensitive), or without its last extension */
	static String baseName(String fileName, String... extensions) {
		String lowerCase = fileName.toLowerCase(Locale.ROOT);
		for (String extension : extensions) {
			if (lowerCase.endsWith(extension) && lowerCase.length() > extension.length()) {
				return fileName.substring(0, fileName.length() - extension.length());
			}
		}
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	/** @throws InvalidTextFileException if the file is larger than an article may be; nothing of it is read */
	static byte[] read(Path file) throws IOException {
		checkSize(file);
		return Files.readAllBytes(file);
	}

	/** @throws InvalidTextFileException if the file is larger than an article may be */
	static void checkSize(Path file) throws IOException {
		long size = Files.size(file);
		if (size > ImportLimits.MAX_ARTICLE_BYTES) {
			throw tooLarge(Place.of(file), size);
		}
	}

	static InvalidTextFileException tooLarge(Place place, long size) {
		return place.problem("it is " + ImportLimits.megabytes(size) + ", more than the " + ImportLimits.megabytes(ImportLimits.MAX_ARTICLE_BYTES)
				+ " one article may take; is it really a single article?");
	}
}
