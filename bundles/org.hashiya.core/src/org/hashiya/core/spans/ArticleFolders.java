package org.hashiya.core.spans;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.io.TextFiles;

/**
 * Folders of articles as the sample corpus keeps them: {@code X.txt} (UTF-8) with its spans in
 * {@code X.spans.tsv}, in the same folder or in another one, matched by base name.
 */
public final class ArticleFolders {

	/** File name suffix of article texts. */
	public static final String TEXT_EXTENSION = ".txt";

	private ArticleFolders() {
	}

	/**
	 * Reads every {@code X.spans.tsv} of {@code spanFolder} with the text {@code X.txt} from
	 * {@code textFolder}.
	 *
	 * @return the articles in name order
	 * @throws InvalidTextFileException when a text is missing, or a span file does not fit its text
	 */
	public static List<LabeledText> readLabeled(Path textFolder, Path spanFolder) throws IOException {
		List<LabeledText> articles = new ArrayList<>();
		for (Path spanFile : files(spanFolder, SpansTsv.EXTENSION)) {
			String id = baseName(spanFile, SpansTsv.EXTENSION);
			Path textFile = textFolder.resolve(id + TEXT_EXTENSION);
			if (!Files.isRegularFile(textFile)) {
				throw new InvalidTextFileException(spanFile, spanFile + ": there is no text " + textFile + " for these spans");
			}
			String text = TextFiles.readUtf8(textFile);
			articles.add(new LabeledText(id, text, SpansTsv.read(spanFile, text)));
		}
		return articles;
	}

	/** @return every {@code X.txt} of {@code folder}, without spans, in name order */
	public static List<LabeledText> readTexts(Path folder) throws IOException {
		List<LabeledText> articles = new ArrayList<>();
		for (Path textFile : files(folder, TEXT_EXTENSION)) {
			articles.add(new LabeledText(baseName(textFile, TEXT_EXTENSION), TextFiles.readUtf8(textFile), List.of()));
		}
		return articles;
	}

	/** @return the regular files in {@code folder} whose names end with {@code extension}, sorted */
	public static List<Path> files(Path folder, String extension) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException(folder + " is not a folder");
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(extension)).sorted().toList();
		}
	}

	/** @return the file's name without {@code extension} */
	public static String baseName(Path file, String extension) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - extension.length());
	}
}
