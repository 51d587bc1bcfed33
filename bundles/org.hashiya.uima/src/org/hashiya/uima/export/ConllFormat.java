package org.hashiya.uima.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.hashiya.uima.suggest.SuggestionPipeline;

/**
 * CoNLL with IOB2 tags, one {@code <article>.conll} per article, as DKPro Core's
 * {@code Conll2002Reader} and {@code Conll2003Reader} read it: a token per line, columns separated
 * by one space, a blank line after each sentence (the last too, so that files can be joined), no
 * {@code -DOCSTART-} line (DKPro's readers would take it for a token). CoNLL-2002 has two columns, token and tag;
 * CoNLL-2003 four, token, part of speech ({@value #NO_PART_OF_SPEECH}: unknown), chunk
 * ({@value #NO_CHUNK}) and tag. Tokens are {@link ExportTokens}; a sentence that a span crosses
 * is joined with the next, so that no entity is cut in two.
 */
final class ConllFormat implements FormatWriter {

	static final String EXTENSION = ".conll";
	static final String OUTSIDE = "O";
	static final String BEGIN = "B-";
	static final String INSIDE = "I-";
	static final String NO_PART_OF_SPEECH = "_";
	static final String NO_CHUNK = "O";
	private static final Pattern SPACE = Pattern.compile("\\s");

	private final boolean fourColumns;
	private SuggestionPipeline segmenter;

	/** @param fourColumns CoNLL-2003's columns rather than CoNLL-2002's */
	ConllFormat(boolean fourColumns) {
		this.fourColumns = fourColumns;
	}

	@Override
	public void check(ExportedArticle article, LossReport report) throws IOException {
		encode(article, report);
	}

	@Override
	public void write(List<ExportedArticle> articles, ExportOutput out, ExportProgress progress) throws IOException {
		for (int index = 0; index < articles.size(); index++) {
			ExportedArticle article = articles.get(index);
			progress.next(article.id(), index, articles.size());
			byte[] lines = encode(article, new LossReport()).getBytes(StandardCharsets.UTF_8);
			out.write(article.id() + EXTENSION, stream -> stream.write(lines));
		}
	}

	/** @return the article's lines, adding to {@code report} the spans the tags cannot hold as they are */
	private String encode(ExportedArticle article, LossReport report) throws IOException {
		if (segmenter == null) {
			segmenter = SuggestionPipeline.of(List.of());
		}
		ExportTokens tokens = ExportTokens.of(segmenter.analyze(article.text()), article.spans());
		String[] tags = new String[tokens.count()];
		Arrays.fill(tags, OUTSIDE);
		boolean[] insideSpan = new boolean[tokens.count()];
		int lastTagged = -1;
		for (ExportedSpan span : article.spans()) {
			int first = tokens.firstEndingAfter(span.begin());
			int last = tokens.lastBeginningBefore(span.end());
			LossReport.Kind loss = first > last ? LossReport.Kind.SPAN_WITHOUT_TOKEN : first <= lastTagged ? LossReport.Kind.OVERLAPPING_SPAN : null;
			if (loss != null) {
				report.add(loss, article.id(), span.begin(), span.end(), article.covered(span));
				continue;
			}
			if (tokens.begin(first) != span.begin() || tokens.end(last) != span.end()) {
				report.add(LossReport.Kind.SPAN_INSIDE_TOKEN, article.id(), span.begin(), span.end(), article.covered(span));
			}
			String label = span.label();
			if (SPACE.matcher(label).find()) {
				report.add(LossReport.Kind.LABEL_WITH_SPACE, article.id(), span.begin(), span.end(), article.covered(span));
				label = SPACE.matcher(label).replaceAll("_");
			}
			tags[first] = BEGIN + label;
			for (int token = first + 1; token <= last; token++) {
				tags[token] = INSIDE + label;
				insideSpan[token] = true;
			}
			lastTagged = last;
		}
		StringBuilder lines = new StringBuilder();
		for (int token = 0; token < tokens.count(); token++) {
			lines.append(article.text(), tokens.begin(token), tokens.end(token)).append(' ');
			if (fourColumns) {
				lines.append(NO_PART_OF_SPEECH).append(' ').append(NO_CHUNK).append(' ');
			}
			lines.append(tags[token]).append('\n');
			boolean sentenceEnds = token + 1 == tokens.count() || tokens.sentence(token + 1) != tokens.sentence(token) && !insideSpan[token + 1];
			if (sentenceEnds) {
				lines.append('\n');
			}
		}
		return lines.toString();
	}

	@Override
	public void close() {
		if (segmenter != null) {
			segmenter.close();
			segmenter = null;
		}
	}
}
