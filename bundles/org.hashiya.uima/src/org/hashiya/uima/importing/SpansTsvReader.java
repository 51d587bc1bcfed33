package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.SpansTsv;

/**
 * Reads a folder in the gold format of the sample corpus: {@code X.spans.tsv} (checked by
 * {@link SpansTsv}: offsets inside the text, the {@code text} column equal to what they cover) with
 * its text {@code X.txt} beside it or, failing that, the project's article {@code X}. A text without a
 * span file comes in as an article without spans.
 */
final class SpansTsvReader implements CorpusReader {

	@Override
	public List<ImportedArticle> read(Path input, ReadContext context) throws IOException {
		List<Path> spanFiles = Files.isDirectory(input) ? ArticleFolders.files(input, SpansTsv.EXTENSION) : InputFiles.list(input);
		Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
		List<Path> textFiles = Files.isDirectory(input) ? ArticleFolders.files(input, ArticleFolders.TEXT_EXTENSION) : List.of();
		if (spanFiles.isEmpty() && textFiles.isEmpty()) {
			throw new InvalidTextFileException(input, input + " holds no " + SpansTsv.EXTENSION + " files and no texts to import");
		}
		context.beginReading(spanFiles.size() + textFiles.size());
		List<ImportedArticle> articles = new ArrayList<>();
		for (Path spanFile : spanFiles) {
			Place place = Place.of(spanFile);
			String id = ArticleFolders.baseName(spanFile, SpansTsv.EXTENSION);
			String text = text(folder.resolve(id + ArticleFolders.TEXT_EXTENSION), id, place, context);
			InputFiles.checkSize(spanFile);
			List<ImportedSpan> spans = new ArrayList<>();
			for (LabeledSpan span : SpansTsv.read(spanFile, text)) {
				spans.add(ImportedSpan.of(span.begin(), span.end(), span.label(), place));
			}
			articles.add(new ImportedArticle(id, text, spans, true, place));
			context.read();
		}
		for (Path textFile : textFiles) {
			String id = ArticleFolders.baseName(textFile, ArticleFolders.TEXT_EXTENSION);
			if (!Files.isRegularFile(folder.resolve(id + SpansTsv.EXTENSION))) {
				Place place = Place.of(textFile);
				articles.add(ImportedArticle.textOnly(id, context.decoder().decode(place, InputFiles.read(textFile)), place));
			}
			context.read();
		}
		return articles;
	}

	private static String text(Path textFile, String id, Place spans, ReadContext context) throws IOException {
		if (Files.isRegularFile(textFile)) {
			return context.decoder().decode(Place.of(textFile), InputFiles.read(textFile));
		}
		Optional<String> projectText = context.projectText(id);
		if (projectText.isPresent()) {
			return projectText.get();
		}
		throw spans.problem("there is no text for these spans: put " + textFile.getFileName() + " beside them, or import them into a project"
				+ " that has the article " + id);
	}
}
