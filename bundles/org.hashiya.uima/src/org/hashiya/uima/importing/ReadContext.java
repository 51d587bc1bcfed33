package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/** What readers share: the request, the warnings, progress, and the texts of the project's articles. */
final class ReadContext {

	private final ImportRequest request;
	private final ImportProgress progress;
	private final Function<String, Optional<String>> projectTexts;
	private final TextDecoder decoder;
	private final List<String> warnings = new ArrayList<>();

	/** @param projectTexts the text of the project's article with a given id, if it has one */
	ReadContext(ImportRequest request, ImportProgress progress, Function<String, Optional<String>> projectTexts) {
		this.request = request;
		this.progress = progress;
		this.projectTexts = projectTexts;
		this.decoder = new TextDecoder(request.encoding());
	}

	ImportRequest request() {
		return request;
	}

	TextDecoder decoder() {
		return decoder;
	}

	Optional<String> projectText(String articleId) {
		return projectTexts.apply(articleId);
	}

	void warn(String warning) {
		warnings.add(warning);
	}

	List<String> warnings() {
		return warnings;
	}

	/** Reads one file of the input into its articles. */
	@FunctionalInterface
	interface FileArticles {
		List<ImportedArticle> read(Path file) throws IOException;
	}

	/** Reads {@code files} one after the other, showing progress and stopping when the user cancels. */
	List<ImportedArticle> readEach(List<Path> files, FileArticles reader) throws IOException {
		beginReading(files.size());
		List<ImportedArticle> articles = new ArrayList<>();
		for (Path file : files) {
			articles.addAll(reader.read(file));
			read();
		}
		return articles;
	}

	/** Starts reading {@code files} files (or other units of input). */
	void beginReading(int files) {
		progress.begin("Reading " + request.input(), files);
	}

	/** One more file read; stops the import if the user canceled. */
	void read() {
		progress.worked(1);
		stopIfCanceled();
	}

	void stopIfCanceled() {
		if (progress.isCanceled()) {
			throw new CancellationException("The import was canceled; nothing was imported.");
		}
	}
}
