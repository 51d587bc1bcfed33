package org.hashiya.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The Arabic news sample shipped with Hashiya: four articles and their gold spans
 * (see {@code ar-news/gold/GUIDELINES.md}).
 *
 * <p>The files are read as class-path resources rather than through bundle entries, so the same
 * code serves the workbench, the headless command line and plain unit tests.</p>
 */
public final class SampleCorpus {

	/** Name of the annotator under which the gold spans are imported. */
	public static final String GOLD_ANNOTATOR = "gold";

	private static final String FOLDER = "/ar-news/";
	private static final String GOLD_FOLDER = FOLDER + "gold/";

	private SampleCorpus() {
	}

	/** @return the article ids (file names without {@code .txt}), in file-name order */
	public static List<String> articleIds() {
		return readResource(FOLDER + "articles.list").lines().filter(line -> !line.isBlank()).toList();
	}

	/**
	 * Copies the article texts into {@code folder} (created if missing) byte for byte.
	 *
	 * @return the copied files
	 */
	public static List<Path> copyArticlesTo(Path folder) throws IOException {
		return copy(folder, FOLDER, ".txt");
	}

	/**
	 * Copies the gold span files ({@code <id>.spans.tsv}: begin, end, label, text) into
	 * {@code folder} (created if missing).
	 *
	 * @return the copied files
	 */
	public static List<Path> copyGoldSpansTo(Path folder) throws IOException {
		return copy(folder, GOLD_FOLDER, ".spans.tsv");
	}

	private static List<Path> copy(Path folder, String resourceFolder, String extension) throws IOException {
		Files.createDirectories(folder);
		List<Path> copied = new ArrayList<>();
		for (String id : articleIds()) {
			Path target = folder.resolve(id + extension);
			try (InputStream in = open(resourceFolder + id + extension)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			copied.add(target);
		}
		return copied;
	}

	private static String readResource(String name) {
		try (InputStream in = open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream open(String name) throws IOException {
		InputStream in = SampleCorpus.class.getResourceAsStream(name);
		if (in == null) {
			throw new IOException("The sample corpus is incomplete: " + name + " is missing from org.hashiya.samples");
		}
		return in;
	}
}
