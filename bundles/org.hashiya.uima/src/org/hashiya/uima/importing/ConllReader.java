package org.hashiya.uima.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hashiya.core.io.InvalidTextFileException;

/**
 * Reads CoNLL-2002 and CoNLL-2003 style columns: one token per line, the token first and its tag
 * last, separated by spaces or tabs; a blank line between sentences; {@code -DOCSTART-} lines between
 * documents (each becomes an article, {@code NAME-001} …, else the file is one article). Tags are IOB2
 * (every span begins with {@code B-}) or IOB1 ({@code I-} begins a span, {@code B-} only where two
 * spans of a label touch), told apart per file. The text is the tokens joined by spaces, one sentence
 * per line: CoNLL does not keep the original spacing.
 */
final class ConllReader implements CorpusReader {

	static final String[] EXTENSIONS = { ".conll", ".conll2002", ".conll2003", ".iob", ".bio" };

	private static final String DOCUMENT_START = "-DOCSTART-";
	private static final Pattern COLUMN_SEPARATOR = Pattern.compile("[ \t]+");
	private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");
	private static final String OUTSIDE = "O";

	private record Token(String text, String tag, int line) {

		/** @return the label of a B- or I- tag, or null for O */
		String label() {
			return tag.equals(OUTSIDE) ? null : tag.substring(2);
		}

		boolean begins() {
			return tag.startsWith("B-");
		}
	}

	@Override
	public List<ImportedArticle> read(Path input, ReadContext context) throws IOException {
		return context.readEach(InputFiles.list(input, EXTENSIONS), file -> {
			List<List<List<Token>>> documents = documents(file);
			checkTags(Place.of(file), documents);
			String name = InputFiles.baseName(file.getFileName().toString(), EXTENSIONS);
			List<ImportedArticle> articles = new ArrayList<>();
			for (int index = 0; index < documents.size(); index++) {
				String id = documents.size() == 1 ? name : String.format("%s-%03d", name, index + 1);
				articles.add(article(id, documents.get(index), Place.of(file)));
			}
			return articles;
		});
	}

	/** @return the file's documents, each a list of sentences of tokens */
	private static List<List<List<Token>>> documents(Path file) throws IOException {
		List<List<List<Token>>> documents = new ArrayList<>();
		List<List<Token>> document = new ArrayList<>();
		List<Token> sentence = new ArrayList<>();
		int columns = 0;
		int firstTokenLine = 0;
		try (Utf8Lines lines = new Utf8Lines(file)) {
			for (String line = lines.next(); line != null; line = lines.next()) {
				String[] fields = COLUMN_SEPARATOR.split(line.strip());
				if (line.isBlank() || fields[0].equals(DOCUMENT_START)) {
					sentence = endSentence(document, sentence);
					if (!line.isBlank()) {
						document = endDocument(documents, document);
					}
					continue;
				}
				Place place = lines.linePlace();
				if (fields.length < 2) {
					throw place.problem("a token line needs the token and its tag, separated by a space or a tab; this line has one column");
				}
				if (columns == 0) {
					columns = fields.length;
					firstTokenLine = lines.lineNumber();
				} else if (fields.length != columns) {
					throw place.problem(fields.length + " columns, but the first token line of the file (line " + firstTokenLine + ") has " + columns);
				}
				String tag = fields[fields.length - 1];
				if (!TAG.matcher(tag).matches()) {
					throw place.problem("the tag '" + tag + "' (the last column) is not an IOB tag: O, B-LABEL or I-LABEL");
				}
				sentence.add(new Token(fields[0], tag, lines.lineNumber()));
			}
		}
		endSentence(document, sentence);
		endDocument(documents, document);
		if (documents.isEmpty()) {
			throw Place.of(file).problem("the file holds no token lines");
		}
		return documents;
	}

	private static List<Token> endSentence(List<List<Token>> document, List<Token> sentence) {
		if (!sentence.isEmpty()) {
			document.add(sentence);
		}
		return new ArrayList<>();
	}

	private static List<List<Token>> endDocument(List<List<List<Token>>> documents, List<List<Token>> document) {
		if (!document.isEmpty()) {
			documents.add(document);
		}
		return new ArrayList<>();
	}

	/**
	 * Tells IOB1 from IOB2: a B- tag beginning a span after O or another label happens only in IOB2,
	 * an I- tag beginning one only in IOB1; a file with both is wrong, at its first I- tag beginning a span.
	 */
	private static void checkTags(Place file, List<List<List<Token>>> documents) throws InvalidTextFileException {
		Token iob2Begin = null;
		Token iob1Begin = null;
		Token iob1Previous = null;
		for (List<List<Token>> document : documents) {
			for (List<Token> sentence : document) {
				Token previous = null;
				for (Token token : sentence) {
					String previousLabel = previous == null ? null : previous.label();
					if (token.label() != null && !token.label().equals(previousLabel)) {
						if (token.begins() && iob2Begin == null) {
							iob2Begin = token;
						} else if (!token.begins() && iob1Begin == null) {
							iob1Begin = token;
							iob1Previous = previous;
						}
					}
					previous = token;
				}
			}
		}
		if (iob2Begin != null && iob1Begin != null) {
			throw file.at("line " + iob1Begin.line()).problem("the tag " + iob1Begin.tag()
					+ (iob1Previous == null ? " begins a sentence" : " follows " + iob1Previous.tag()) + ", but the file is IOB2 (B- begins the span on line "
					+ iob2Begin.line() + "), where every span begins with B-");
		}
	}

	private static ImportedArticle article(String id, List<List<Token>> sentences, Place file) {
		StringBuilder text = new StringBuilder();
		List<ImportedSpan> spans = new ArrayList<>();
		for (List<Token> sentence : sentences) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			Token first = null;
			int begin = 0;
			int end = 0;
			for (Token token : sentence) {
				if (token != sentence.get(0)) {
					text.append(' ');
				}
				boolean continues = first != null && !token.begins() && Objects.equals(token.label(), first.label());
				if (!continues && first != null) {
					spans.add(ImportedSpan.of(begin, end, first.label(), file.at("line " + first.line())));
					first = null;
				}
				if (token.label() != null && first == null) {
					first = token;
					begin = text.length();
				}
				text.append(token.text());
				end = text.length();
			}
			if (first != null) {
				spans.add(ImportedSpan.of(begin, end, first.label(), file.at("line " + first.line())));
			}
		}
		return new ImportedArticle(id, text.toString(), spans, true, file);
	}
}
