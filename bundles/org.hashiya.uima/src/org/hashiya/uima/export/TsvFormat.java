package org.hashiya.uima.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;

/**
 * The gold format of the sample corpus: each article's text as {@code <article>.txt} (UTF-8,
 * unchanged, so the offsets hold) and its spans as {@code <article>.spans.tsv} ({@link SpansTsv}).
 */
final class TsvFormat implements FormatWriter {

	@Override
	public void check(ExportedArticle article, LossReport report) {
		for (ExportedSpan span : article.spans()) {
			if (!fitsOnALine(article, span)) {
				report.add(LossReport.Kind.SPAN_WITH_LINE_BREAK, article.id(), span.begin(), span.end(), article.covered(span));
			}
		}
	}

	@Override
	public void write(List<ExportedArticle> articles, ExportOutput out, ExportProgress progress) throws IOException {
		for (int index = 0; index < articles.size(); index++) {
			ExportedArticle article = articles.get(index);
			progress.next(article.id(), index, articles.size());
			byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
			out.write(article.id() + ArticleFolders.TEXT_EXTENSION, stream -> stream.write(text));
			List<LabeledSpan> spans = article.spans().stream().filter(span -> fitsOnALine(article, span))
					.map(span -> LabeledSpan.of(span.begin(), span.end(), span.label())).toList();
			LabeledText labeled = new LabeledText(article.id(), article.text(), spans);
			out.writeFile(article.id() + SpansTsv.EXTENSION, file -> SpansTsv.write(file, labeled));
		}
	}

	private static boolean fitsOnALine(ExportedArticle article, ExportedSpan span) {
		return article.covered(span).chars().noneMatch(character -> character == '\t' || character == '\n' || character == '\r');
	}
}
