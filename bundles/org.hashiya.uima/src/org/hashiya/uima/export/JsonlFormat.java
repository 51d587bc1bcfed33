package org.hashiya.uima.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * JSON Lines as spaCy and Prodigy users train from: one file {@code <corpus>.jsonl}, one article per
 * line, {@code {"id": …, "text": …, "spans": [{"start": …, "end": …, "label": …}]}}. Offsets count
 * Unicode code points, as Python indexes strings, not Hashiya's UTF-16 units: they differ after each
 * character outside the Basic Multilingual Plane, such as an emoji, which is two UTF-16 units and
 * one code point. A span boundary between the two halves of such a character cannot be expressed
 * and is moved to include the whole character.
 */
final class JsonlFormat implements FormatWriter {

	static final String EXTENSION = ".jsonl";

	private final String corpus;
	private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

	JsonlFormat(String corpus) {
		this.corpus = corpus;
	}

	@Override
	public void check(ExportedArticle article, LossReport report) {
		for (ExportedSpan span : article.spans()) {
			if (Character.isLowSurrogate(article.text().charAt(span.begin())) || span.end() < article.text().length()
					&& Character.isLowSurrogate(article.text().charAt(span.end()))) {
				report.add(LossReport.Kind.SPAN_SPLITTING_CHARACTER, article.id(), span.begin(), span.end(), article.covered(span));
			}
		}
	}

	@Override
	public void write(List<ExportedArticle> articles, ExportOutput out, ExportProgress progress) throws IOException {
		out.write(corpus + EXTENSION, stream -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			for (int index = 0; index < articles.size(); index++) {
				ExportedArticle article = articles.get(index);
				progress.next(article.id(), index, articles.size());
				gson.toJson(line(article), writer);
				writer.write('\n');
			}
			writer.flush();
		});
	}

	private static JsonObject line(ExportedArticle article) {
		String text = article.text();
		int[] codePoints = codePointOffsets(text);
		JsonArray spans = new JsonArray();
		for (ExportedSpan span : article.spans()) {
			int begin = Character.isLowSurrogate(text.charAt(span.begin())) ? span.begin() - 1 : span.begin();
			JsonObject object = new JsonObject();
			object.addProperty("start", codePoints == null ? begin : codePoints[begin]);
			object.addProperty("end", codePoints == null ? span.end() : codePoints[span.end()]);
			object.addProperty("label", span.label());
			spans.add(object);
		}
		JsonObject line = new JsonObject();
		line.addProperty("id", article.id());
		line.addProperty("text", text);
		line.add("spans", spans);
		return line;
	}

	/**
	 * @return for each UTF-16 offset of {@code text}, the code points before it, an offset between
	 *         the two halves of a pair counting the whole character; null when every character is one unit
	 */
	static int[] codePointOffsets(String text) {
		if (text.codePointCount(0, text.length()) == text.length()) {
			return null;
		}
		int[] offsets = new int[text.length() + 1];
		int count = 0;
		for (int index = 0; index < text.length(); index++) {
			if (!(index > 0 && Character.isSurrogatePair(text.charAt(index - 1), text.charAt(index)))) {
				count++;
			}
			offsets[index + 1] = count;
		}
		return offsets;
	}
}
