package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Reads a folder of text or HTML files, one article each, named by file name. */
final class TextFileReader implements CorpusReader {

	private final String[] extensions;
	private final UnaryOperator<String> articleText;

	private TextFileReader(UnaryOperator<String> articleText, String... extensions) {
		this.extensions = extensions;
		this.articleText = articleText;
	}

	/** @return a reader of {@code .txt} files, taken exactly as they are */
	static TextFileReader plainText() {
		return new TextFileReader(UnaryOperator.identity(), ".txt");
	}

	/** @return a reader of HTML files, taking the text a browser shows */
	static TextFileReader html() {
		return new TextFileReader(HtmlText::visibleText, ".html", ".htm", ".xhtml");
	}

	@Override
	public List<ImportedArticle> read(Path input, ReadContext context) throws IOException {
		return context.readEach(InputFiles.list(input, extensions), file -> {
			Place place = Place.of(file);
			String text = context.decoder().decode(place, InputFiles.read(file));
			return List.of(ImportedArticle.textOnly(InputFiles.baseName(file.getFileName().toString(), extensions), articleText.apply(text), place));
		});
	}
}
