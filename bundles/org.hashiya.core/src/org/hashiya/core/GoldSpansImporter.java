package org.hashiya.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.io.TextFiles;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;

/**
 * Imports spans in the gold format of the sample corpus: one {@code <article id>.spans.tsv} per
 * article, header {@code begin end label text}, UTF-16 offsets, end exclusive.
 *
 * <p>Every file is checked completely before anything changes, so a failed import leaves the
 * project as it was.</p>
 */
public final class GoldSpansImporter {

	/** File name suffix of gold span files. */
	public static final String EXTENSION = ".spans.tsv";

	private static final String HEADER = "begin\tend\tlabel\ttext";

	private GoldSpansImporter() {
	}

	/**
	 * Imports every {@code *.spans.tsv} in {@code folder} as the finished work of {@code annotatorName},
	 * and saves the annotation sets.
	 *
	 * @return the number of spans imported
	 * @throws InvalidTextFileException naming the file, the line and the problem; nothing was imported
	 */
	public static int importFolder(ProjectFolder project, Path folder, String annotatorName) throws IOException {
		Map<Article, List<Span>> spansByArticle = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
				String fileName = file.getFileName().toString();
				String articleId = fileName.substring(0, fileName.length() - EXTENSION.length());
				Article article = project.article(articleId).orElseThrow(() -> new InvalidTextFileException(file,
						file + ": the project has no article " + articleId + Articles.EXTENSION + " for these spans"));
				spansByArticle.put(article, parse(file, article, project));
			}
		}
		Annotator annotator = project.annotator(annotatorName);
		for (Map.Entry<Article, List<Span>> entry : spansByArticle.entrySet()) {
			if (project.findAnnotationSet(entry.getKey(), annotator).map(set -> !set.getSpans().isEmpty()).orElse(false)) {
				throw new IOException(annotatorName + " already has spans on article " + entry.getKey().getId()
						+ "; importing would mix two versions of the work. Nothing was imported.");
			}
		}
		int count = 0;
		for (Map.Entry<Article, List<Span>> entry : spansByArticle.entrySet()) {
			AnnotationSet set = project.annotationSet(entry.getKey(), annotator);
			set.getSpans().addAll(entry.getValue());
			set.setStatus(AnnotationStatus.FINISHED);
			project.save(set);
			count += entry.getValue().size();
		}
		return count;
	}

	private static List<Span> parse(Path file, Article article, ProjectFolder project) throws IOException {
		List<String> lines = TextFiles.readUtf8(file).lines().toList();
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw problem(file, 1, "the first line must be the header '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
		}
		String text = article.getText();
		List<Span> spans = new ArrayList<>();
		for (int index = 1; index < lines.size(); index++) {
			int lineNumber = index + 1;
			if (lines.get(index).isEmpty()) {
				continue;
			}
			String[] fields = lines.get(index).split("\t", -1);
			if (fields.length != 4) {
				throw problem(file, lineNumber, "expected 4 tab-separated columns (begin, end, label, text), found " + fields.length);
			}
			int begin = number(fields[0], file, lineNumber);
			int end = number(fields[1], file, lineNumber);
			if (begin < 0 || begin >= end || end > text.length()) {
				throw problem(file, lineNumber, "offsets " + begin + "–" + end + " are not a span inside article " + article.getId()
						+ " (" + text.length() + " UTF-16 units)");
			}
			Label label = project.label(fields[2]).orElseThrow(() -> problem(file, lineNumber,
					"label '" + fields[2] + "' is not in the project's label set"));
			String covered = text.substring(begin, end);
			if (!covered.equals(fields[3])) {
				throw problem(file, lineNumber, "the span " + begin + "–" + end + " should cover '" + fields[3]
						+ "' but the article has '" + covered + "' there: the spans do not belong to this text");
			}
			Span span = HashiyaFactory.eINSTANCE.createSpan();
			span.setBegin(begin);
			span.setEnd(end);
			span.setLabel(label);
			span.setOrigin(SpanOrigin.IMPORTED);
			spans.add(span);
		}
		return spans;
	}

	private static int number(String field, Path file, int lineNumber) throws InvalidTextFileException {
		try {
			return Integer.parseInt(field);
		} catch (NumberFormatException e) {
			throw problem(file, lineNumber, "offset '" + field + "' is not a whole number");
		}
	}

	private static InvalidTextFileException problem(Path file, int lineNumber, String message) {
		return new InvalidTextFileException(file, file + " line " + lineNumber + ": " + message);
	}
}
