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
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.SpansTsv;
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
	public static final String EXTENSION = SpansTsv.EXTENSION;

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
		List<Span> spans = new ArrayList<>();
		for (LabeledSpan read : SpansTsv.read(file, article.getText())) {
			Label label = project.label(read.label()).orElseThrow(() -> new InvalidTextFileException(file, file + ": label '" + read.label()
					+ "' of the span " + read.begin() + "–" + read.end() + " is not in the project's label set"));
			Span span = HashiyaFactory.eINSTANCE.createSpan();
			span.setBegin(read.begin());
			span.setEnd(read.end());
			span.setLabel(label);
			span.setOrigin(SpanOrigin.IMPORTED);
			spans.add(span);
		}
		return spans;
	}
}
