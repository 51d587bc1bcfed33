package org.hashiya.uima.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hashiya.core.io.InvalidTextFileException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSONL as spaCy and Prodigy users train from: one object per line,
 * {@code {"id": …, "text": …, "spans": [{"start": …, "end": …, "label": …}]}}. Offsets count Unicode
 * code points (Python string indices), which differ from Hashiya's UTF-16 offsets after any
 * character outside the Basic Multilingual Plane, such as an emoji; they are converted. A span's
 * optional {@code text} must equal what it covers. A line without {@code spans} is an article not
 * labeled yet; Prodigy's rejected or ignored answers are skipped with a warning.
 */
final class JsonlReader implements CorpusReader {

	private static final String ACCEPTED = "accept";

	@Override
	public List<ImportedArticle> read(Path input, ReadContext context) throws IOException {
		return context.readEach(InputFiles.list(input, ".jsonl"), file -> {
			String fileId = InputFiles.baseName(file.getFileName().toString(), ".jsonl");
			List<ImportedArticle> articles = new ArrayList<>();
			try (Utf8Lines lines = new Utf8Lines(file)) {
				for (String line = lines.next(); line != null; line = lines.next()) {
					if (!line.isBlank()) {
						article(line, lines.linePlace(), fileId + "-" + lines.lineNumber(), context).ifPresent(articles::add);
						context.stopIfCanceled();
					}
				}
			}
			return articles;
		});
	}

	private static Optional<ImportedArticle> article(String line, Place place, String defaultId, ReadContext context) throws IOException {
		JsonObject object = parse(line, place);
		if (object.has("answer") && !ACCEPTED.equals(string(object, "answer", place))) {
			context.warn(place + ": skipped, since its answer is '" + string(object, "answer", place) + "', not '" + ACCEPTED + "'");
			return Optional.empty();
		}
		if (!object.has("text")) {
			throw place.problem("the object has no \"text\" (the article text); each line needs \"text\", and \"spans\" when it is labeled");
		}
		String text = string(object, "text", place);
		String id = object.has("id") ? id(object.get("id"), place) : defaultId;
		if (!object.has("spans")) {
			return Optional.of(ImportedArticle.textOnly(id, text, place));
		}
		CodePoints codePoints = new CodePoints(text);
		List<ImportedSpan> spans = new ArrayList<>();
		JsonArray array = array(object.get("spans"), "\"spans\"", place);
		for (int index = 0; index < array.size(); index++) {
			spans.add(span(array.get(index), "spans[" + index + "]", text, codePoints, place));
		}
		return Optional.of(new ImportedArticle(id, text, spans, true, place));
	}

	private static ImportedSpan span(JsonElement element, String name, String text, CodePoints codePoints, Place place) throws InvalidTextFileException {
		if (!element.isJsonObject()) {
			throw place.problem(name + " is not an object with \"start\", \"end\" and \"label\"");
		}
		JsonObject span = element.getAsJsonObject();
		for (String field : List.of("start", "end", "label")) {
			if (!span.has(field)) {
				throw place.problem(name + " has no \"" + field + "\"; a span needs \"start\", \"end\" (code points, end exclusive) and \"label\"");
			}
		}
		int start = wholeNumber(span.get("start"), name + ".start", place);
		int end = wholeNumber(span.get("end"), name + ".end", place);
		String label = string(span, "label", place);
		if (start < 0 || start >= end || end > codePoints.count()) {
			throw place.problem(name + ": " + start + "–" + end + " is not a span inside the text, which has " + codePoints.count()
					+ " code points" + (start >= end ? " (the start must come before the end)" : ""));
		}
		int begin = codePoints.toUtf16(start);
		int utf16End = codePoints.toUtf16(end);
		if (span.has("text") && !text.substring(begin, utf16End).equals(string(span, "text", place))) {
			throw place.problem(name + " " + start + "–" + end + " should cover '" + string(span, "text", place) + "' but the text has '"
					+ text.substring(begin, utf16End) + "' there: the spans do not belong to this text");
		}
		return ImportedSpan.of(begin, utf16End, label, place.at(name));
	}

	private static JsonObject parse(String line, Place place) throws InvalidTextFileException {
		JsonElement element;
		boolean more;
		try (JsonReader reader = new JsonReader(new StringReader(line))) {
			reader.setStrictness(Strictness.STRICT);
			element = JsonParser.parseReader(reader);
			more = reader.peek() != JsonToken.END_DOCUMENT;
		} catch (JsonParseException | IOException e) {
			String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
			// Gson adds a line pointing to its troubleshooting guide; the first line says what is wrong.
			throw place.problem("not valid JSON, or cut off (" + reason.lines().findFirst().orElse(reason) + ")");
		}
		if (more) {
			throw place.problem("more than one JSON value on the line; JSONL holds one object per line");
		}
		if (!element.isJsonObject()) {
			throw place.problem("not a JSON object; each line must be an object with \"text\" and \"spans\"");
		}
		return element.getAsJsonObject();
	}

	private static String string(JsonObject object, String field, Place place) throws InvalidTextFileException {
		JsonElement value = object.get(field);
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
			throw place.problem("\"" + field + "\" is not a string");
		}
		return primitive.getAsString();
	}

	private static String id(JsonElement value, Place place) throws InvalidTextFileException {
		if (value instanceof JsonPrimitive primitive && (primitive.isString() || primitive.isNumber())) {
			return primitive.getAsString();
		}
		throw place.problem("\"id\" is neither a string nor a number");
	}

	private static JsonArray array(JsonElement value, String name, Place place) throws InvalidTextFileException {
		if (!value.isJsonArray()) {
			throw place.problem(name + " is not an array");
		}
		return value.getAsJsonArray();
	}

	private static int wholeNumber(JsonElement value, String name, Place place) throws InvalidTextFileException {
		String problem = name + " is " + value + ", not a whole number of code points";
		if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
			throw place.problem(problem);
		}
		try {
			return primitive.getAsBigDecimal().intValueExact();
		} catch (ArithmeticException | NumberFormatException e) {
			throw place.problem(problem);
		}
	}

	/** Code-point offsets of one text as UTF-16 offsets. */
	private static final class CodePoints {
		private final String text;
		private final int count;
		private int[] utf16Offsets;

		CodePoints(String text) {
			this.text = text;
			this.count = text.codePointCount(0, text.length());
		}

		int count() {
			return count;
		}

		int toUtf16(int codePoint) {
			if (count == text.length()) {
				return codePoint;
			}
			if (utf16Offsets == null) {
				utf16Offsets = new int[count + 1];
				for (int index = 0, offset = 0; index < count; index++) {
					utf16Offsets[index] = offset;
					offset += Character.charCount(text.codePointAt(offset));
				}
				utf16Offsets[count] = text.length();
			}
			return utf16Offsets[codePoint];
		}
	}
}
